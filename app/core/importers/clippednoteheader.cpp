// SPDX-License-Identifier: GPL-3.0-or-later
#include "clippednoteheader.h"

#include "datetextparser.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

constexpr qsizetype maxHeaderLines = 200;

enum class Key { Unknown, Title, Url, Source, SourceOrUrl, Author, Published, Clipped, Tags, Ignored };

Key keyOf(const QString &name)
{
    QString k = name.toLower();
    k.remove(u'_').remove(u'-').remove(u' ');
    static const QHash<QString, Key> keys = {
        { u"title"_s, Key::Title },
        { u"headline"_s, Key::Title },
        { u"url"_s, Key::Url },
        { u"sourceurl"_s, Key::Url },
        { u"link"_s, Key::Url },
        { u"canonical"_s, Key::Url },
        { u"canonicalurl"_s, Key::Url },
        { u"originalurl"_s, Key::Url },
        { u"clippedfrom"_s, Key::Url },
        { u"source"_s, Key::SourceOrUrl },
        { u"site"_s, Key::Source },
        { u"sitename"_s, Key::Source },
        { u"website"_s, Key::Source },
        { u"publisher"_s, Key::Source },
        { u"publication"_s, Key::Source },
        { u"author"_s, Key::Author },
        { u"authors"_s, Key::Author },
        { u"by"_s, Key::Author },
        { u"byline"_s, Key::Author },
        { u"published"_s, Key::Published },
        { u"publishedat"_s, Key::Published },
        { u"publishedon"_s, Key::Published },
        { u"datepublished"_s, Key::Published },
        { u"publishdate"_s, Key::Published },
        { u"publicationdate"_s, Key::Published },
        { u"pubdate"_s, Key::Published },
        { u"date"_s, Key::Published },
        { u"created"_s, Key::Clipped },
        { u"createdat"_s, Key::Clipped },
        { u"datecreated"_s, Key::Clipped },
        { u"clipped"_s, Key::Clipped },
        { u"dateclipped"_s, Key::Clipped },
        { u"saved"_s, Key::Clipped },
        { u"savedat"_s, Key::Clipped },
        { u"tags"_s, Key::Tags },
        { u"tag"_s, Key::Tags },
        { u"keywords"_s, Key::Tags },
        { u"categories"_s, Key::Tags },
        { u"description"_s, Key::Ignored },
        { u"summary"_s, Key::Ignored },
        { u"excerpt"_s, Key::Ignored },
        { u"updated"_s, Key::Ignored },
        { u"modified"_s, Key::Ignored },
        { u"language"_s, Key::Ignored },
        { u"lang"_s, Key::Ignored },
        { u"id"_s, Key::Ignored },
        { u"aliases"_s, Key::Ignored },
        { u"cssclasses"_s, Key::Ignored },
    };
    return keys.value(k, Key::Unknown);
}

bool looksLikeUrl(const QString &value)
{
    return value.startsWith(u"http://"_s, Qt::CaseInsensitive) || value.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || value.startsWith(u"www."_s, Qt::CaseInsensitive);
}

/// A scalar as written: quotes removed ('' and \" escapes), a trailing comment cut, Obsidian's [[links]] and
/// Markdown's [text](url) reduced to their text.
QString scalar(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s).replace(u"\\n"_s, u" "_s);
    } else if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\'')) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"''"_s, u"'"_s);
    } else {
        static const QRegularExpression comment(uR"(\s+#.*$)"_s);
        value.remove(comment);
    }
    static const QRegularExpression wikiLink(uR"(\[\[(?:[^\]|]*\|)?([^\]|]*)\]\])"_s);
    static const QRegularExpression markdownLink(uR"(\[([^\]]*)\]\([^)]*\))"_s);
    value.replace(wikiLink, u"\\1"_s).replace(markdownLink, u"\\1"_s);
    return value.trimmed();
}

/// "[a, 'b, c', d]": the items of a flow list, commas inside quotes kept.
QStringList flowList(const QString &value)
{
    QStringList items;
    QString current;
    QChar quote;
    const QString inner = value.trimmed().mid(1, value.trimmed().size() - 2);
    for (const QChar c : inner) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            current.append(c);
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            current.append(c);
        } else if (c == u',') {
            items.append(scalar(current));
            current.clear();
        } else {
            current.append(c);
        }
    }
    items.append(scalar(current));
    items.removeAll(QString());
    return items;
}

struct Entry
{
    QString key;
    QStringList values;
    bool list = false; ///< written as a list: its items are not split at commas
};

qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

const QRegularExpression &keyLine()
{
    static const QRegularExpression pattern(uR"(^([\p{L}][\p{L}\d_ -]{0,30}?)\s*:(?:\s+(.*)|)$)"_s);
    return pattern;
}

/// YAML front matter (the lines between the `---` lines): top-level keys with scalars, flow lists, block
/// lists and block scalars. Nested mappings are skipped.
QList<Entry> readYaml(const QStringList &lines)
{
    QList<Entry> entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#') || indentOf(line) > 0)
            continue;
        const auto m = keyLine().match(line);
        if (!m.hasMatch())
            continue;
        Entry entry { m.captured(1).trimmed(), {} };
        const QString value = m.captured(2).trimmed();
        // Lines that belong to this key: indented ones, and "- item" lines right below it.
        qsizetype end = i + 1;
        while (end < lines.size()
               && (lines[end].trimmed().isEmpty() || indentOf(lines[end]) > 0 || lines[end].startsWith(u"- "_s)
                   || lines[end] == u"-"))
            ++end;
        const QStringList nested = lines.mid(i + 1, end - i - 1);
        if (value.startsWith(u'[') && value.endsWith(u']')) {
            entry.values = flowList(value);
            entry.list = true;
        } else if (value.startsWith(u'|') || value.startsWith(u'>')) {
            QStringList parts;
            for (const QString &n : nested)
                parts.append(n.trimmed());
            entry.values.append(parts.join(value.startsWith(u'|') ? u"\n"_s : u" "_s).trimmed());
        } else if (value.isEmpty()) {
            entry.list = true;
            for (const QString &n : nested) {
                const QString t = n.trimmed();
                if (t.startsWith(u"- "_s))
                    entry.values.append(scalar(t.mid(2)));
            }
        } else {
            // A plain scalar may go on over indented lines.
            QString joined = value;
            for (const QString &n : nested)
                if (!n.trimmed().isEmpty())
                    joined += u' ' + n.trimmed();
            entry.values.append(scalar(joined));
        }
        entry.values.removeAll(QString());
        entries.append(entry);
        i = end - 1;
    }
    return entries;
}

/// "key: value" lines: one value each, a list when written "a, b" for tags.
std::optional<QList<Entry>> readKeyValueLines(const QStringList &lines)
{
    QList<Entry> entries;
    int known = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.trimmed().startsWith(u"- "_s) && !entries.isEmpty()) {
            entries.last().values.append(scalar(line.trimmed().mid(2)));
            entries.last().list = true;
            continue;
        }
        const auto m = keyLine().match(line.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        Entry entry { m.captured(1).trimmed(), {} };
        const QString value = m.captured(2).trimmed();
        entry.list = value.startsWith(u'[') && value.endsWith(u']');
        if (entry.list)
            entry.values = flowList(value);
        else if (!value.isEmpty())
            entry.values.append(scalar(value));
        if (keyOf(entry.key) != Key::Unknown)
            ++known;
        entries.append(entry);
    }
    // A block of our keys, not a note that happens to start with "Note: …" above a rule.
    if (known == 0 || known * 2 < entries.size())
        return std::nullopt;
    return entries;
}

QString hostOf(const QString &url)
{
    QString host = QUrl(looksLikeUrl(url) && !url.contains(u"://"_s) ? u"https://"_s + url : url).host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host;
}

QDateTime timestampOf(const QString &value)
{
    // "2025-02-25T08:00:00+08:00", "2025-02-25 08:00", "2025-02-25T08:00:00 (UTC +08:00)" (MarkDownload).
    static const QRegularExpression iso(
        uR"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(Z|[+-]\d{2}:?\d{2})?)?)"_s);
    const auto m = iso.match(value.trimmed());
    if (m.hasMatch()) {
        QString text = m.captured(1) + u'T' + (m.capturedLength(2) ? m.captured(2) : u"12:00"_s) + m.captured(3);
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            return at;
    }
    if (const auto date = DateTextParser::find(value); date && date->precision == DatePrecision::Day)
        return QDateTime(date->date, QTime(12, 0));
    return {};
}

ClippedNoteHeader fromEntries(const QList<Entry> &entries)
{
    ClippedNoteHeader header;
    header.found = true;
    ArticleMetadata &meta = header.meta;
    QString source, url;
    for (const Entry &entry : entries) {
        if (entry.values.isEmpty())
            continue;
        const QString &first = entry.values.first();
        switch (keyOf(entry.key)) {
        case Key::Title:
            if (meta.title.isEmpty())
                meta.setValue(ArticleField::Title, first, MetadataOrigin::Document);
            break;
        case Key::Url:
            if (url.isEmpty() && looksLikeUrl(first))
                url = first;
            break;
        case Key::SourceOrUrl:
            if (looksLikeUrl(first)) {
                if (url.isEmpty())
                    url = first;
            } else if (source.isEmpty()) {
                source = first;
            }
            break;
        case Key::Source:
            if (source.isEmpty() && !looksLikeUrl(first))
                source = first;
            break;
        case Key::Author:
            if (meta.author.isEmpty()) {
                QStringList names;
                for (const QString &value : entry.values)
                    if (!value.startsWith(u'@') && !looksLikeUrl(value))
                        names.append(value);
                if (!names.isEmpty())
                    meta.setValue(ArticleField::Author, names.join(u", "_s), MetadataOrigin::Document);
            }
            break;
        case Key::Published:
            if (!meta.published.isValid())
                if (const auto date = DateTextParser::find(first))
                    meta.setValue(ArticleField::Published, date->toIso(), MetadataOrigin::Document);
            break;
        case Key::Clipped:
            if (!header.clipped.isValid()) {
                if (const auto date = DateTextParser::find(first))
                    header.clipped = *date;
                header.clippedAt = timestampOf(first);
            }
            break;
        case Key::Tags:
            for (const QString &value : entry.values) {
                // "tags: ai, cloud" in key-value lines, "#ai #cloud" from some clippers.
                static const QRegularExpression separators(uR"([,，]\s*|\s+(?=#))"_s);
                const QStringList parts
                    = entry.list ? QStringList { value } : value.split(separators, Qt::SkipEmptyParts);
                for (QString tag : parts) {
                    if (tag.startsWith(u'#'))
                        tag.remove(0, 1);
                    if (!tag.trimmed().isEmpty())
                        header.tags.append(tag.trimmed());
                }
            }
            break;
        case Key::Ignored:
        case Key::Unknown:
            break;
        }
    }
    if (!url.isEmpty()) {
        meta.setValue(ArticleField::Url, url, MetadataOrigin::Document);
        if (source.isEmpty())
            source = hostOf(url);
    }
    if (!source.isEmpty())
        meta.setValue(ArticleField::Source, source, MetadataOrigin::Document);
    return header;
}

bool isRule(const QString &line)
{
    static const QRegularExpression rule(uR"(^-{3,}\s*$)"_s);
    return rule.match(line).hasMatch();
}

} // namespace

ClippedNoteHeader ClippedNoteHeader::read(const QString &text)
{
    ClippedNoteHeader none;
    none.body = text;
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (normalised.startsWith(QChar(0xFEFF)))
        normalised.remove(0, 1);
    const QStringList lines = normalised.split(u'\n');
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first >= lines.size())
        return none;

    qsizetype end = -1;
    std::optional<QList<Entry>> entries;
    if (isRule(lines[first]) && lines[first].trimmed() == u"---") {
        for (qsizetype i = first + 1; i < lines.size() && i <= first + maxHeaderLines; ++i) {
            if (lines[i].trimmed() == u"---" || lines[i].trimmed() == u"...") {
                end = i;
                break;
            }
        }
        if (end < 0)
            return none;
        entries = readYaml(lines.mid(first + 1, end - first - 1));
        bool known = false;
        for (const Entry &entry : *entries)
            known = known || keyOf(entry.key) != Key::Unknown;
        if (!known)
            return none; // a thematic break, not front matter
    } else {
        for (qsizetype i = first; i < lines.size() && i <= first + maxHeaderLines; ++i) {
            if (isRule(lines[i])) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return none;
        entries = readKeyValueLines(lines.mid(first, end - first));
        if (!entries)
            return none;
    }
    ClippedNoteHeader header = fromEntries(*entries);
    header.body = lines.mid(end + 1).join(u'\n');
    return header;
}

} // namespace casebook
