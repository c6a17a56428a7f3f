// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxwriter.h"

#include "util/casebookerror.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QUuid>
#include <QXmlStreamWriter>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace casebook::QdpxWriter {

namespace {

const QUuid casebookNamespace = QUuid(u"6b1c1f0e-7d7a-4f55-9f3e-6a2c0d9b8e41"_s);

QString guid(const QString &name)
{
    return QUuid::createUuidV5(casebookNamespace, name).toString(QUuid::WithoutBraces);
}

QString articleGuid(qint64 articleId)
{
    return guid(u"article:%1"_s.arg(articleId));
}

QString codeGuid(const QString &tag)
{
    return guid(u"tag:"_s + tag.toCaseFolded());
}

/// REFI-QDA counts positions in characters (code points); the casebook counts UTF-16 units.
qint64 codePointOffset(const QString &text, qsizetype utf16Offset)
{
    const qsizetype end = qBound<qsizetype>(0, utf16Offset, text.size());
    qint64 points = 0;
    for (qsizetype i = 0; i < end; ++i)
        if (!text.at(i).isLowSurrogate())
            ++points;
    return points;
}

QString rgb(const QString &color)
{
    static const QHash<QString, QString> named = {
        { u"yellow"_s, u"#ffec78"_s }, { u"green"_s, u"#aae6a0"_s },  { u"blue"_s, u"#aacdff"_s },
        { u"pink"_s, u"#ffb9d2"_s },   { u"orange"_s, u"#ffc882"_s }, { u"purple"_s, u"#d2b9ff"_s },
    };
    if (named.contains(color.toLower()))
        return named.value(color.toLower());
    const QColor parsed = QColor::fromString(color);
    return parsed.isValid() && color.startsWith(u'#') ? parsed.name() : QString();
}

QString timestamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

la_ssize_t writeToDevice(archive *, void *device, const void *buffer, size_t length)
{
    const qint64 written = static_cast<QIODevice *>(device)->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? -1 : la_ssize_t(written);
}

void addEntry(archive *zip, const QString &path, const QByteArray &bytes)
{
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
    const QByteArray name = path.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), name.constData());
    archive_entry_set_size(entry.get(), bytes.size());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_mtime(entry.get(), QDateTime::currentSecsSinceEpoch(), 0);
    if (archive_write_header(zip, entry.get()) != ARCHIVE_OK
        || archive_write_data(zip, bytes.constData(), size_t(bytes.size())) != la_ssize_t(bytes.size()))
        throw CasebookError(
            u"Could not add %1 to the REFI-QDA archive: %2"_s.arg(path, QString::fromUtf8(archive_error_string(zip))));
}

} // namespace

QString sourcePath(const QdpxSource &source)
{
    return u"sources/"_s + articleGuid(source.source.articleId) + u".txt"_s;
}

QByteArray projectXml(const QdpxProject &project)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
    w.writeStartElement(u"Project"_s);
    w.writeAttribute(u"name"_s, project.name.isEmpty() ? u"Casebook"_s : project.name);
    w.writeAttribute(u"origin"_s, u"Casebook"_s);
    const QString user = guid(u"user:analyst"_s);
    w.writeAttribute(u"creatingUserGUID"_s, user);
    w.writeAttribute(u"creationDateTime"_s, timestamp({}));

    w.writeStartElement(u"Users"_s);
    w.writeEmptyElement(u"User"_s);
    w.writeAttribute(u"guid"_s, user);
    w.writeAttribute(u"name"_s, u"Analyst"_s);
    w.writeEndElement();

    if (!project.codes.isEmpty()) {
        w.writeStartElement(u"CodeBook"_s);
        w.writeStartElement(u"Codes"_s);
        for (const QdpxCode &code : project.codes) {
            w.writeEmptyElement(u"Code"_s);
            w.writeAttribute(u"guid"_s, codeGuid(code.name));
            w.writeAttribute(u"name"_s, code.name);
            w.writeAttribute(u"isCodable"_s, u"true"_s);
            const QString color = rgb(code.color);
            if (!color.isEmpty())
                w.writeAttribute(u"color"_s, color);
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    if (!project.sources.isEmpty()) {
        w.writeStartElement(u"Sources"_s);
        for (const QdpxSource &source : project.sources) {
            w.writeStartElement(u"TextSource"_s);
            w.writeAttribute(u"guid"_s, articleGuid(source.source.articleId));
            w.writeAttribute(u"name"_s,
                             source.source.title.isEmpty() ? u"Article %1"_s.arg(source.source.articleId)
                                                           : source.source.title);
            w.writeAttribute(u"plainTextPath"_s, u"internal://"_s + sourcePath(source).mid(8));
            w.writeAttribute(u"creatingUser"_s, user);
            QStringList description;
            if (!source.source.source.isEmpty())
                description << source.source.source;
            if (!source.source.author.isEmpty())
                description << source.source.author;
            description << CitationFormatter::longDate(source.source.published);
            if (!source.source.url.isEmpty())
                description << source.source.url;
            w.writeTextElement(u"Description"_s, description.join(u", "_s));
            for (const Annotation &a : source.annotations) {
                w.writeStartElement(u"PlainTextSelection"_s);
                w.writeAttribute(u"guid"_s, guid(u"annotation:%1"_s.arg(a.id)));
                w.writeAttribute(u"name"_s, a.quote.left(80));
                w.writeAttribute(u"startPosition"_s, QString::number(codePointOffset(source.text, a.start)));
                w.writeAttribute(u"endPosition"_s, QString::number(codePointOffset(source.text, a.end)));
                w.writeAttribute(u"creatingUser"_s, user);
                w.writeAttribute(u"creationDateTime"_s, timestamp(a.createdAt));
                if (!a.content.note.isEmpty() || a.orphaned)
                    w.writeTextElement(u"Description"_s,
                                       a.orphaned
                                           ? u"[Orphaned: the quote is no longer in the article] "_s + a.content.note
                                           : a.content.note);
                for (const QString &tag : a.content.tags) {
                    w.writeStartElement(u"Coding"_s);
                    w.writeAttribute(u"guid"_s, guid(u"coding:%1:%2"_s.arg(a.id).arg(tag.toCaseFolded())));
                    w.writeAttribute(u"creatingUser"_s, user);
                    w.writeEmptyElement(u"CodeRef"_s);
                    w.writeAttribute(u"targetGUID"_s, codeGuid(tag));
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

void write(const QdpxProject &project, QIODevice &device)
{
    std::unique_ptr<archive, ArchiveDeleter> zip(archive_write_new());
    if (!zip || archive_write_set_format_zip(zip.get()) != ARCHIVE_OK
        || archive_write_open2(zip.get(), &device, nullptr, writeToDevice, nullptr, nullptr) != ARCHIVE_OK)
        throw CasebookError(u"Could not start the REFI-QDA archive: %1"_s.arg(
            QString::fromUtf8(zip ? archive_error_string(zip.get()) : "out of memory")));
    addEntry(zip.get(), u"project.qde"_s, projectXml(project));
    for (const QdpxSource &source : project.sources)
        addEntry(zip.get(), sourcePath(source), source.text.toUtf8());
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        throw CasebookError(
            u"Could not finish the REFI-QDA archive: %1"_s.arg(QString::fromUtf8(archive_error_string(zip.get()))));
}

} // namespace casebook::QdpxWriter
