// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casebook::DataExport {

namespace {

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject citationJson(const CitedSource &source, const std::optional<int> &page = std::nullopt)
{
    QJsonObject json;
    json.insert(u"article"_s, source.articleId);
    json.insert(u"title"_s, source.title);
    json.insert(u"source"_s, source.source);
    json.insert(u"author"_s, source.author);
    json.insert(u"published"_s, source.published.isValid() ? source.published.toIso() : QString());
    json.insert(u"url"_s, source.url);
    json.insert(u"file"_s, source.fileName);
    if (page)
        json.insert(u"page"_s, *page);
    json.insert(u"missing"_s, QJsonArray::fromStringList(source.missingFields()));
    return json;
}

} // namespace

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    auto line = [&](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted << csvField(field);
        text += quoted.join(u',') + u"\r\n"_s;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (any) {
        row << field;
        rows << row;
    }
    return rows;
}

QJsonObject annotationJson(const Annotation &a)
{
    QJsonObject json;
    json.insert(u"id"_s, a.id);
    json.insert(u"article"_s, a.articleId);
    json.insert(u"start"_s, qint64(a.start));
    json.insert(u"end"_s, qint64(a.end));
    json.insert(u"quote"_s, a.quote);
    json.insert(u"note"_s, a.content.note);
    json.insert(u"tags"_s, QJsonArray::fromStringList(a.content.tags));
    json.insert(u"color"_s, a.content.color);
    json.insert(u"orphaned"_s, a.orphaned);
    return json;
}

QStringList annotationColumns()
{
    return { u"id"_s,   u"article"_s, u"title"_s, u"source"_s,   u"author"_s,  u"published"_s,
             u"url"_s,  u"file"_s,    u"page"_s,  u"start"_s,    u"end"_s,     u"quote"_s,
             u"note"_s, u"tags"_s,    u"color"_s, u"orphaned"_s, u"created"_s, u"updated"_s };
}

QList<QStringList> annotationRows(const QList<CitedAnnotation> &annotations)
{
    QList<QStringList> rows;
    for (const CitedAnnotation &cited : annotations) {
        const Annotation &a = cited.annotation;
        rows << QStringList { QString::number(a.id),
                              QString::number(a.articleId),
                              cited.source.title,
                              cited.source.source,
                              cited.source.author,
                              cited.source.published.isValid() ? cited.source.published.toIso() : QString(),
                              cited.source.url,
                              cited.source.fileName,
                              cited.page ? QString::number(*cited.page) : QString(),
                              QString::number(a.start),
                              QString::number(a.end),
                              a.quote,
                              a.content.note,
                              a.content.tags.join(u"; "_s),
                              a.content.color,
                              a.orphaned ? u"true"_s : u"false"_s,
                              isoOrEmpty(a.createdAt),
                              isoOrEmpty(a.updatedAt) };
    }
    return rows;
}

QJsonArray annotationsJson(const QList<CitedAnnotation> &annotations)
{
    QJsonArray array;
    for (const CitedAnnotation &cited : annotations) {
        const Annotation &a = cited.annotation;
        QJsonObject json = annotationJson(a);
        json.insert(u"created"_s, isoOrEmpty(a.createdAt));
        json.insert(u"updated"_s, isoOrEmpty(a.updatedAt));
        json.insert(u"citation"_s, citationJson(cited.source, cited.page));
        array.append(json);
    }
    return array;
}

QStringList entityColumns()
{
    return { u"id"_s, u"name"_s, u"type"_s, u"aliases"_s, u"mentions"_s, u"articles"_s };
}

QList<QStringList> entityRows(const QList<StoredEntity> &entities)
{
    QList<QStringList> rows;
    for (const StoredEntity &e : entities)
        rows << QStringList { QString::number(e.id),           e.name,
                              entityTypeName(e.type),          e.aliases.join(u"; "_s),
                              QString::number(e.mentionCount), QString::number(e.articleCount) };
    return rows;
}

QJsonArray entitiesJson(const QList<StoredEntity> &entities)
{
    QJsonArray array;
    for (const StoredEntity &e : entities)
        array.append(QJsonObject { { u"id"_s, e.id },
                                   { u"name"_s, e.name },
                                   { u"type"_s, entityTypeName(e.type) },
                                   { u"aliases"_s, QJsonArray::fromStringList(e.aliases) },
                                   { u"mentions"_s, e.mentionCount },
                                   { u"articles"_s, e.articleCount } });
    return array;
}

QStringList eventColumns()
{
    return { u"id"_s,       u"article"_s,  u"date"_s,  u"precision"_s, u"phrase"_s,
             u"sentence"_s, u"entities"_s, u"title"_s, u"source"_s,    u"published"_s };
}

QList<QStringList> eventRows(const QList<CitedEvent> &events)
{
    QList<QStringList> rows;
    for (const CitedEvent &cited : events) {
        const StoredEvent &e = cited.event;
        rows << QStringList { QString::number(e.id),
                              QString::number(e.articleId),
                              e.date.isValid() ? e.date.toIso() : QString(),
                              precisionName(e.date.precision),
                              e.phrase,
                              e.sentence,
                              e.entities.join(u"; "_s),
                              cited.source.title,
                              cited.source.source,
                              cited.source.published.isValid() ? cited.source.published.toIso() : QString() };
    }
    return rows;
}

QJsonArray eventsJson(const QList<CitedEvent> &events)
{
    QJsonArray array;
    for (const CitedEvent &cited : events) {
        const StoredEvent &e = cited.event;
        array.append(QJsonObject { { u"id"_s, e.id },
                                   { u"article"_s, e.articleId },
                                   { u"date"_s, e.date.isValid() ? e.date.toIso() : QString() },
                                   { u"precision"_s, precisionName(e.date.precision) },
                                   { u"phrase"_s, e.phrase },
                                   { u"sentence"_s, e.sentence },
                                   { u"entities"_s, QJsonArray::fromStringList(e.entities) },
                                   { u"citation"_s, citationJson(cited.source) } });
    }
    return array;
}

QByteArray cslJson(const QList<CitedSource> &sources)
{
    QJsonArray items;
    for (const CitedSource &s : sources) {
        QJsonObject item;
        item.insert(u"id"_s, u"casebook-%1"_s.arg(s.articleId));
        item.insert(u"type"_s, u"article-newspaper"_s);
        if (!s.title.isEmpty())
            item.insert(u"title"_s, s.title);
        if (!s.source.isEmpty())
            item.insert(u"container-title"_s, s.source);
        if (!s.author.isEmpty())
            // One literal name: splitting "family, given" reliably is impossible across languages (Lin Wei, 林伟).
            item.insert(u"author"_s, QJsonArray { QJsonObject { { u"literal"_s, s.author } } });
        if (s.published.isValid()) {
            QJsonArray parts { s.published.date.year() };
            if (s.published.precision != DatePrecision::Year)
                parts.append(s.published.date.month());
            if (s.published.precision == DatePrecision::Day)
                parts.append(s.published.date.day());
            item.insert(u"issued"_s, QJsonObject { { u"date-parts"_s, QJsonArray { parts } } });
        }
        if (!s.url.isEmpty())
            item.insert(u"URL"_s, s.url);
        else if (!s.fileName.isEmpty())
            item.insert(u"note"_s, QString(u"File: "_s + s.fileName));
        items.append(item);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

QByteArray ris(const QList<CitedSource> &sources)
{
    QString out;
    auto tag = [&](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += QLatin1StringView(name) + u"  - "_s + value.simplified() + u"\r\n"_s;
    };
    for (const CitedSource &s : sources) {
        tag("TY", u"NEWS"_s);
        tag("ID", u"casebook-%1"_s.arg(s.articleId));
        tag("TI", s.title);
        tag("T2", s.source);
        tag("AU", s.author);
        if (s.published.isValid()) {
            tag("PY", QString::number(s.published.date.year()));
            const QDate d = s.published.date;
            tag("DA",
                s.published.precision == DatePrecision::Day         ? d.toString(u"yyyy/MM/dd"_s)
                    : s.published.precision == DatePrecision::Month ? d.toString(u"yyyy/MM"_s)
                                                                    : d.toString(u"yyyy"_s));
        }
        tag("UR", s.url);
        if (s.url.isEmpty())
            tag("N1", s.fileName.isEmpty() ? QString() : u"File: "_s + s.fileName);
        out += u"ER  - \r\n"_s;
    }
    return out.toUtf8();
}

} // namespace casebook::DataExport
