// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace casebook {

class Analyzer;

struct EvaluationScore
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    EvaluationScore &operator+=(const EvaluationScore &other);
};

/// One article of the casebook being evaluated.
struct EvaluationArticle
{
    QString path; ///< matched against the gold set's file column by its ending
    QString text;
    PublicationDate published;
};

struct EvaluationReport
{
    QMap<QString, EvaluationScore> byType; ///< entity types, exact span and type
    /// The same per language of the article ("en", or "zh" for any article with Chinese characters)
    QMap<QString, QMap<QString, EvaluationScore>> byLanguage;
    EvaluationScore entities; ///< all entity types, exact span and type
    EvaluationScore entitiesOverlap; ///< all entity types, overlapping span and same type
    EvaluationScore dates; ///< date expressions, overlapping span
    EvaluationScore events; ///< date expressions, overlapping span, same date and precision
    int articles = 0;
    QStringList missingFiles; ///< gold files not in the casebook
    QStringList details; ///< every miss and false alarm, for reading
};

/// Scores the analyzer against a gold set (format in resources/demo/gold/README.md): each gold article is
/// analysed again in memory against the gold's publication date (or the article's own when the gold has none).
class GoldEvaluator
{
public:
    struct GoldRow
    {
        QString file;
        QString kind; ///< an entity type name, "date" or "published"
        QString text;
        QString occurrence; ///< "*" (every occurrence) or a 1-based number
        QString value; ///< for dates and published: ISO date, or empty when unresolved
        int line = 0;
    };

    /// Reads a gold TSV; throws CasebookError naming the file and line when malformed.
    static QList<GoldRow> load(const QString &path);
    static EvaluationReport evaluate(const QList<GoldRow> &gold, const QList<EvaluationArticle> &articles,
                                     const Analyzer &analyzer);
    /// The gold files read from a folder of UTF-8 texts (a real-text gold set whose texts are not in the
    /// repository); the files the gold names that are not there are left out (listed in missingFiles).
    static QList<EvaluationArticle> readTexts(const QString &folder, const QList<GoldRow> &gold);
};

} // namespace casebook
