// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlepage.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace casebook {

enum class DatePrecision { None, Year, Month, Day };

/// Where a piece of metadata came from. An analyst's value always wins over everything else.
enum class MetadataOrigin {
    None,
    Document, ///< the file's own metadata: HTML meta tags, JSON-LD, PDF info
    TextPattern, ///< a pattern in the text: a dateline, a byline, the first line
    Estimated, ///< derived indirectly, e.g. "2 days ago" against the file's time
    FileTime, ///< the file's modification time
    FileName, ///< the file's name
    Analyst, ///< typed in by the analyst
};

QString precisionName(DatePrecision precision);
DatePrecision precisionFromName(const QString &name);
QString originName(MetadataOrigin origin);
MetadataOrigin originFromName(const QString &name);

/// A date known to a day, a month or a year. The ISO form is as precise as what is known: 2025, 2025-02, 2025-02-25.
struct PublicationDate
{
    QDate date;
    DatePrecision precision = DatePrecision::None;

    bool isValid() const { return precision != DatePrecision::None && date.isValid(); }
    QString toIso() const;
    /// Parses 2025, 2025-02, 2025-02-25 (and a full ISO timestamp, keeping the day). Returns nullopt if malformed.
    static std::optional<PublicationDate> fromIso(const QString &iso);
    friend bool operator==(const PublicationDate &a, const PublicationDate &b)
    {
        return a.precision == b.precision && (a.precision == DatePrecision::None || a.date == b.date);
    }
};

/// A language tag in BCP 47 casing: "zh-hans" becomes "zh-Hans".
QString normalisedLanguageTag(const QString &tag);

/// The metadata fields an analyst can correct.
enum class ArticleField { Title, Source, Author, Url, Published, Language };
QString fieldName(ArticleField field);
std::optional<ArticleField> fieldFromName(const QString &name);
QList<ArticleField> allArticleFields();

struct ArticleMetadata
{
    QString title;
    QString source;
    QString author;
    QString url;
    PublicationDate published;
    QString language;
    /// Per field, where its value came from; fields not listed have no known origin.
    QHash<ArticleField, MetadataOrigin> origins;

    QString value(ArticleField field) const;
    /// Sets a field from its text form; for Published the text is an ISO date (empty clears it).
    bool setValue(ArticleField field, const QString &value, MetadataOrigin origin);
    MetadataOrigin origin(ArticleField field) const { return origins.value(field, MetadataOrigin::None); }
};

/// An article as stored in a casebook. Listings leave `text` empty.
struct Article
{
    qint64 id = 0;
    ArticleMetadata meta;
    QString path;
    QString format;
    QString encoding;
    QString text;
    qint64 chars = 0;
    QByteArray contentHash;
    QDateTime fileTime;
    QDateTime importedAt;
    qint64 duplicateOf = 0; ///< 0 when the article is an original
    QList<ArticleField> correctedFields;
    /// Pages of a paged original (PDF, scans), in order; empty for text and HTML. Filled by article(id) only.
    QList<ArticlePage> pages;
};

} // namespace casebook
