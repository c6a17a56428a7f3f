// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <array>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr std::array itemKinds {
    std::pair { ReportItem::Kind::Annotation, u"annotation" }, std::pair { ReportItem::Kind::Article, u"article" },
    std::pair { ReportItem::Kind::Entity, u"entity" },         std::pair { ReportItem::Kind::Event, u"event" },
    std::pair { ReportItem::Kind::Figure, u"figure" },
};

} // namespace

QString citationStyleName(CitationStyle style)
{
    return style == CitationStyle::AuthorDate ? u"author-date"_s : u"notes-bibliography"_s;
}

std::optional<CitationStyle> citationStyleFromName(const QString &name)
{
    if (name.compare(u"author-date"_s, Qt::CaseInsensitive) == 0)
        return CitationStyle::AuthorDate;
    if (name.compare(u"notes-bibliography"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"notes"_s, Qt::CaseInsensitive) == 0)
        return CitationStyle::NotesBibliography;
    return std::nullopt;
}

QString reportItemKindName(ReportItem::Kind kind)
{
    for (const auto &[value, name] : itemKinds)
        if (value == kind)
            return QString::fromUtf16(name);
    return {};
}

std::optional<ReportItem::Kind> reportItemKindFromName(const QString &name)
{
    for (const auto &[value, kindName] : itemKinds)
        if (name == QStringView(kindName))
            return value;
    return std::nullopt;
}

} // namespace casebook
