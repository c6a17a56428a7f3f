// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Year:
        return u"year"_s;
    case DatePrecision::None:
        break;
    }
    return u"none"_s;
}

DatePrecision precisionFromName(const QString &name)
{
    if (name == u"day")
        return DatePrecision::Day;
    if (name == u"month")
        return DatePrecision::Month;
    if (name == u"year")
        return DatePrecision::Year;
    return DatePrecision::None;
}

namespace {
struct OriginName
{
    MetadataOrigin origin;
    const char16_t *name;
};
constexpr OriginName originNames[] = {
    { MetadataOrigin::None, u"none" },          { MetadataOrigin::Document, u"document" },
    { MetadataOrigin::TextPattern, u"text" },   { MetadataOrigin::Estimated, u"estimated" },
    { MetadataOrigin::FileTime, u"file-time" }, { MetadataOrigin::FileName, u"file-name" },
    { MetadataOrigin::Analyst, u"analyst" },
};

struct FieldName
{
    ArticleField field;
    const char16_t *name;
};
constexpr FieldName fieldNames[] = {
    { ArticleField::Title, u"title" },         { ArticleField::Source, u"source" },
    { ArticleField::Author, u"author" },       { ArticleField::Url, u"url" },
    { ArticleField::Published, u"published" }, { ArticleField::Language, u"language" },
};
} // namespace

QString originName(MetadataOrigin origin)
{
    for (const auto &entry : originNames)
        if (entry.origin == origin)
            return QString::fromUtf16(entry.name);
    return u"none"_s;
}

MetadataOrigin originFromName(const QString &name)
{
    for (const auto &entry : originNames)
        if (name == QStringView(entry.name))
            return entry.origin;
    return MetadataOrigin::None;
}

QString fieldName(ArticleField field)
{
    for (const auto &entry : fieldNames)
        if (entry.field == field)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<ArticleField> fieldFromName(const QString &name)
{
    for (const auto &entry : fieldNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.field;
    if (name.compare(u"date"_s, Qt::CaseInsensitive) == 0)
        return ArticleField::Published;
    return std::nullopt;
}

QList<ArticleField> allArticleFields()
{
    QList<ArticleField> fields;
    for (const auto &entry : fieldNames)
        fields.append(entry.field);
    return fields;
}

QString PublicationDate::toIso() const
{
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM"_s);
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::None:
        break;
    }
    return {};
}

std::optional<PublicationDate> PublicationDate::fromIso(const QString &iso)
{
    static const QRegularExpression pattern(
        u"^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*$"_s);
    const auto match = pattern.match(iso);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2) && !match.captured(2).isEmpty();
    const bool hasDay = match.hasCaptured(3) && !match.captured(3).isEmpty();
    const int month = hasMonth ? match.captured(2).toInt() : 1;
    const int day = hasDay ? match.captured(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return PublicationDate { date,
                             hasDay         ? DatePrecision::Day
                                 : hasMonth ? DatePrecision::Month
                                            : DatePrecision::Year };
}

QString normalisedLanguageTag(const QString &tag)
{
    // BCP 47 casing: language lower-case, script title-case, region upper-case ("zh-Hans", "en-GB").
    QStringList parts = tag.split(QRegularExpression(u"[-_]"_s), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        if (i == 0)
            part = part.toLower();
        else if (part.size() == 4)
            part = part.left(1).toUpper() + part.mid(1).toLower();
        else if (part.size() == 2)
            part = part.toUpper();
        else
            part = part.toLower();
    }
    return parts.join(u'-');
}

QString ArticleMetadata::value(ArticleField field) const
{
    switch (field) {
    case ArticleField::Title:
        return title;
    case ArticleField::Source:
        return source;
    case ArticleField::Author:
        return author;
    case ArticleField::Url:
        return url;
    case ArticleField::Published:
        return published.toIso();
    case ArticleField::Language:
        return language;
    }
    return {};
}

bool ArticleMetadata::setValue(ArticleField field, const QString &value, MetadataOrigin origin)
{
    const QString trimmed = value.trimmed();
    switch (field) {
    case ArticleField::Title:
        title = trimmed;
        break;
    case ArticleField::Source:
        source = trimmed;
        break;
    case ArticleField::Author:
        author = trimmed;
        break;
    case ArticleField::Url:
        url = trimmed;
        break;
    case ArticleField::Language:
        language = normalisedLanguageTag(trimmed);
        break;
    case ArticleField::Published:
        if (trimmed.isEmpty()) {
            published = {};
        } else {
            const auto parsed = PublicationDate::fromIso(trimmed);
            if (!parsed)
                return false;
            published = *parsed;
        }
        break;
    }
    origins.insert(field, origin);
    return true;
}

} // namespace casebook
