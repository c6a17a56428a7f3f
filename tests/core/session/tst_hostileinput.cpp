// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files and folders handed to an import: each is refused or read with a message naming the file, and
// none hangs the import, crashes it or lets anything out (issue 18, docs/robustness.md).
#include "../../support/actingasnobody.h"
#include "importers/importerregistry.h"
#include "session/importjob.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray paragraph(int variant)
{
    return "Harbour cranes stood idle on Tuesday while the port authority counted the cost of storm number "
        + QByteArray::number(variant) + ", which swept the coast overnight and flooded two warehouses.\n";
}

/// A folder "inbox" in `dir` holding one article, a.txt.
QString inboxWithOneArticle(const QTemporaryDir &dir)
{
    const QString inbox = dir.filePath(u"inbox"_s);
    writeFile(inbox + u"/a.txt"_s, paragraph(1));
    return inbox;
}

/// "name: reason" of each failure, sorted, for messages and comparisons.
QStringList failureLines(const QList<ImportFailureRecord> &failures)
{
    QStringList lines;
    for (const ImportFailureRecord &failure : failures)
        lines.append(QFileInfo(failure.path).fileName() + u": "_s + failure.reason);
    lines.sort();
    return lines;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

/// A real gzip file of `content` (RFC 1952): zlib's deflate stream from qCompress without its own framing.
QByteArray gzipped(const QByteArray &content)
{
    const QByteArray zlib = qCompress(content, 9).mid(4); // qCompress puts the length first
    QByteArray out = QByteArray::fromHex("1f8b0800000000000203");
    out += zlib.mid(2, zlib.size() - 6); // without the zlib header and the Adler-32 trailer
    appendLittleEndian(out, crc32(content), 4);
    appendLittleEndian(out, quint32(content.size()), 4);
    return out;
}

/// A real ZIP archive holding `content` as notes.txt, stored (PKWARE APPNOTE 4.3.7 and 4.3.12).
QByteArray zipped(const QByteArray &content)
{
    const QByteArray name = "notes.txt";
    const quint32 crc = crc32(content);
    QByteArray out;
    appendLittleEndian(out, 0x04034b50, 4);
    appendLittleEndian(out, 10, 2); // version needed
    appendLittleEndian(out, 0, 2); // flags
    appendLittleEndian(out, 0, 2); // stored
    appendLittleEndian(out, 0, 4); // time and date
    appendLittleEndian(out, crc, 4);
    appendLittleEndian(out, quint32(content.size()), 4);
    appendLittleEndian(out, quint32(content.size()), 4);
    appendLittleEndian(out, quint32(name.size()), 2);
    appendLittleEndian(out, 0, 2);
    out += name + content;
    const quint32 centralStart = quint32(out.size());
    appendLittleEndian(out, 0x02014b50, 4);
    appendLittleEndian(out, 20, 2); // made by
    appendLittleEndian(out, 10, 2);
    appendLittleEndian(out, 0, 2);
    appendLittleEndian(out, 0, 2);
    appendLittleEndian(out, 0, 4);
    appendLittleEndian(out, crc, 4);
    appendLittleEndian(out, quint32(content.size()), 4);
    appendLittleEndian(out, quint32(content.size()), 4);
    appendLittleEndian(out, quint32(name.size()), 2);
    appendLittleEndian(out, 0, 2); // extra
    appendLittleEndian(out, 0, 2); // comment
    appendLittleEndian(out, 0, 2); // disk
    appendLittleEndian(out, 0, 2); // internal attributes
    appendLittleEndian(out, 0, 4); // external attributes
    appendLittleEndian(out, 0, 4); // local header offset
    out += name;
    const quint32 centralSize = quint32(out.size()) - centralStart;
    appendLittleEndian(out, 0x06054b50, 4);
    appendLittleEndian(out, 0, 4); // disks
    appendLittleEndian(out, 1, 2);
    appendLittleEndian(out, 1, 2);
    appendLittleEndian(out, centralSize, 4);
    appendLittleEndian(out, centralStart, 4);
    appendLittleEndian(out, 0, 2);
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    ImporterRegistry m_registry = ImporterRegistry::withDefaultImporters();

    ImportedArticle readHtml(const QByteArray &bytes) const
    {
        SourceFile file;
        file.path = u"/in/page.html"_s;
        file.bytes = bytes;
        file.modified = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC);
        return m_registry.read(file);
    }

private Q_SLOTS:
    void symlinkLoopsEndTheWalk()
    {
        // Links back up the tree, to themselves, in a ring and to nothing: the walk ends, every file is found
        // once, and the links that lead nowhere are named.
        QTemporaryDir dir;
        const QString inbox = inboxWithOneArticle(dir);
        QVERIFY(writeFile(inbox + u"/sub/b.txt"_s, paragraph(2)));
        QVERIFY(QFile::link(u".."_s, inbox + u"/sub/up"_s));
        QVERIFY(QFile::link(u"."_s, inbox + u"/sub/self"_s));
        QVERIFY(QFile::link(inbox, inbox + u"/sub/root"_s));
        QVERIFY(QFile::link(u"ring2"_s, inbox + u"/ring1"_s));
        QVERIFY(QFile::link(u"ring1"_s, inbox + u"/ring2"_s));
        QVERIFY(QFile::link(u"missing.txt"_s, inbox + u"/gone.txt"_s));
        QVERIFY(QFile::link(u"a.txt"_s, inbox + u"/alias.txt"_s));

        QList<ImportFailureRecord> failures;
        const QStringList files = ImportJob::collectFiles({ inbox }, &failures);
        QCOMPARE(files, QStringList({ inbox + u"/a.txt"_s, inbox + u"/sub/b.txt"_s }));
        const QStringList lines = failureLines(failures);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"gone.txt: is a link to "_s)
                     && lines.at(0).endsWith(u"which does not exist"_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).startsWith(u"ring1: is a link in a loop of links"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(2).startsWith(u"ring2: is a link in a loop of links"_s), qPrintable(lines.join(u'\n')));

        // and the import itself ends, with the two articles and the three links named
        CasebookWriter writer(dir.filePath(u"case.casebook"_s));
        const ImportSummary summary = ImportJob(writer, m_registry).run({ inbox });
        QCOMPARE(summary.counts.added, 2);
        QCOMPARE(summary.counts.failed, 3);
    }

    void unreadableFoldersAreNamed()
    {
#ifndef Q_OS_UNIX
        QSKIP("folder permissions are tested on Unix");
#else
        QTemporaryDir dir;
        const QString inbox = inboxWithOneArticle(dir);
        QVERIFY(writeFile(inbox + u"/locked/b.txt"_s, paragraph(2)));
        QVERIFY(writeFile(inbox + u"/secret.txt"_s, paragraph(3)));
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), open)); // "nobody" must reach the inbox
        QVERIFY(QFile::setPermissions(inbox + u"/locked"_s, {}));
        QVERIFY(QFile::setPermissions(inbox + u"/secret.txt"_s, {}));
        QStringList files;
        QList<ImportFailureRecord> failures;
        bool permissionsApplied = false;
        {
            const testing::ActingAsNobody nobody;
            permissionsApplied = nobody.permissionsApply();
            if (permissionsApplied)
                files = ImportJob::collectFiles({ inbox }, &failures);
        }
        QVERIFY(QFile::setPermissions(inbox + u"/locked"_s, open)); // so that the folder can be removed
        if (!permissionsApplied)
            QSKIP("running as root without the right to act as another user: permissions do not apply to root");
        // The unreadable file is listed (reading it will say why it failed); the folder is named now.
        QCOMPARE(files, QStringList({ inbox + u"/a.txt"_s, inbox + u"/secret.txt"_s }));
        const QStringList lines = failureLines(failures);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(u"locked: is a folder that cannot be opened (Permission denied)"_s),
                 qPrintable(lines.join(u'\n')));
#endif
    }

    void compressedFilesNamedTxtAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray text = paragraph(1).repeated(50);
        QTest::newRow("gzip") << gzipped(text) << u"is a gzip archive"_s;
        QTest::newRow("zip") << zipped(text) << u"is a ZIP archive"_s;
    }

    void compressedFilesNamedTxtAreRefused()
    {
        // Compressed bytes are never decoded as text in some legacy encoding: the file is named as an archive.
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"inbox/notes.txt"_s), bytes));
        QVERIFY(writeFile(dir.filePath(u"inbox/story.txt"_s), paragraph(2)));
        CasebookWriter writer(dir.filePath(u"case.casebook"_s));
        const ImportSummary summary = ImportJob(writer, m_registry).run({ dir.filePath(u"inbox"_s) });
        QCOMPARE(summary.counts.added, 1);
        const QStringList lines = failureLines(summary.failures);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(u"notes.txt: "_s + reason), qPrintable(lines.join(u'\n')));
    }

    void gb18030FileNamesAreNamed()
    {
        // A file saved by a Chinese Windows tool and copied as bytes: 港口起重机.txt in GB18030, not UTF-8. Qt
        // leaves such names out of its folder listings; the import names the file, read as GB18030, instead of
        // passing over it in silence.
#ifndef Q_OS_UNIX
        QSKIP("file names as raw bytes exist on Unix only");
#else
        QTemporaryDir dir;
        const QString inbox = inboxWithOneArticle(dir);
        const QByteArray rawName
            = QFile::encodeName(inbox) + '/' + QByteArray::fromHex("b8dbbfdac6f0d6d8bbfa") + ".txt";
        const int fd = ::open(rawName.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        const auto removeRawName = qScopeGuard([&] { ::unlink(rawName.constData()); }); // QTemporaryDir cannot see it
        const QByteArray text = paragraph(2);
        QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
        ::close(fd);

        QList<ImportFailureRecord> failures;
        const QStringList files = ImportJob::collectFiles({ inbox }, &failures);
        QCOMPARE(files, QStringList { inbox + u"/a.txt"_s });
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).reason.contains(u"港口起重机.txt"_s), qPrintable(failures.at(0).reason));
        QVERIFY2(failures.at(0).reason.contains(u"not UTF-8"_s), qPrintable(failures.at(0).reason));
#endif
    }

    void hundredMegabyteLineImports()
    {
        // One line of 100 MB, no paragraph break anywhere: the import reads it in one pass (memory and time
        // linear in the size; docs/robustness.md has the figures) and keeps it as one article.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"one-line.txt"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray chunk
                = QByteArray("harbour cranes stood idle while the port counted the cost ").repeated(1000);
            for (qint64 written = 0; written < 100LL * 1000 * 1000; written += chunk.size())
                QCOMPARE(file.write(chunk), chunk.size());
        }
        CasebookWriter writer(dir.filePath(u"case.casebook"_s));
        const ImportSummary summary = ImportJob(writer, m_registry).run({ path });
        QVERIFY2(summary.failures.isEmpty(), qPrintable(failureLines(summary.failures).join(u'\n')));
        QCOMPARE(summary.counts.added, 1);
    }

    void markupNestedHundredThousandDeep_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>");
        QTest::newRow("span") << QByteArray("<span>") << QByteArray("</span>");
        QTest::newRow("formatting") << QByteArray("<b><i>") << QByteArray("</i></b>");
        QTest::newRow("tables") << QByteArray("<table><tr><td>") << QByteArray("</td></tr></table>");
        QTest::newRow("lists") << QByteArray("<ul><li>") << QByteArray("</li></ul>");
        QTest::newRow("never closed") << QByteArray("<div class=a>") << QByteArray();
    }

    void markupNestedHundredThousandDeep()
    {
        // Recursion over such a tree would overflow the stack: the tree is flattened beyond a depth and every
        // walk is iterative, so the paragraph inside is still found.
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        const QByteArray article = "<p>" + paragraph(1) + "</p><p>" + paragraph(2) + "</p><p>" + paragraph(3) + "</p>";
        const QByteArray page
            = "<html><body>" + open.repeated(100000) + article + close.repeated(100000) + "</body></html>";
        const ImportedArticle read = readHtml(page);
        QVERIFY2(read.text.contains(QString::fromUtf8(paragraph(2)).trimmed()), qPrintable(read.text.left(300)));
    }

    void pagesWithScriptsAndRemoteResourcesStayData()
    {
        // Scripts, remote images and styles, frames and links to local files are data: none of them becomes
        // text, and none is fetched (the importer is a function of the bytes; the document pane shows plain
        // text, tested in tst_documentpanesafety).
        const QByteArray page = "<html><head><title>Port cranes idle</title>"
                                "<meta http-equiv=refresh content=\"0; url=file:///etc/passwd\">"
                                "<link rel=stylesheet href=\"https://tracker.example.com/s.css\">"
                                "<script>document.write('injected by a script')</script>"
                                "<script src=\"https://tracker.example.com/t.js\"></script></head>"
                                "<body onload=\"fetch('https://tracker.example.com/beacon')\"><article>"
                                "<p>"
            + paragraph(1)
            + "</p><img src=\"https://tracker.example.com/pixel.gif\" onerror=\"alert(1)\">"
              "<iframe src=\"file:///etc/passwd\">frame fallback</iframe><p>"
            + paragraph(2)
            + " See <a href=\"file:///etc/shadow\">the harbour notice</a>.</p>"
              "<object data=\"file:///etc/hosts\"></object><p>"
            + paragraph(3) + "</p></article></body></html>";
        const ImportedArticle read = readHtml(page);
        QVERIFY(read.text.contains(u"the harbour notice"_s));
        for (const QString &leak :
             { u"injected by a script"_s, u"alert"_s, u"/etc/"_s, u"tracker.example.com"_s, u"root:"_s, u"fetch("_s })
            QVERIFY2(!read.text.contains(leak), qPrintable(leak));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
