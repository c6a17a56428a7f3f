// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/importedarticle.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace casebook::testing {

/// A small article of our own writing; `variant` makes its text and bytes unique.
inline ImportedArticle makeArticle(int variant, const QString &title = {})
{
    using namespace Qt::StringLiterals;
    ImportedArticle article;
    article.path = u"/fixtures/article-%1.txt"_s.arg(variant);
    article.format = u"text"_s;
    article.encoding = u"UTF-8"_s;
    article.text
        = u"Report %1\n\nThe city of Wuxi said its hotline assistant answered %1 questions in a week."_s.arg(variant);
    article.original = article.text.toUtf8();
    article.meta.setValue(ArticleField::Title, title.isEmpty() ? u"Report %1"_s.arg(variant) : title,
                          MetadataOrigin::TextPattern);
    article.meta.setValue(ArticleField::Language, u"en"_s, MetadataOrigin::TextPattern);
    return article;
}

/// Writes `count` small text files into `dir` and returns their paths.
inline QStringList writeTextFiles(const QString &dir, int count, int firstVariant = 0)
{
    using namespace Qt::StringLiterals;
    QDir().mkpath(dir);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir + u"/note-%1.txt"_s.arg(firstVariant + i, 5, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(makeArticle(firstVariant + i).original);
        paths.append(path);
    }
    return paths;
}

} // namespace casebook::testing
