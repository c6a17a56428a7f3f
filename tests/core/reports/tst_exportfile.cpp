// SPDX-License-Identifier: GPL-3.0-or-later
// Export files are written whole or not at all, and names made from titles cannot leave their folder.
#include "reports/exportfile.h"
#include "util/casebookerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestExportFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTitlesBecomePlainNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent folders") << u"../../etc/passwd"_s << u"etc-passwd.pdf"_s;
        QTest::newRow("absolute") << u"/tmp/x"_s << u"tmp-x.pdf"_s;
        QTest::newRow("windows") << u"C:\\Users\\a\\report"_s << u"C-Users-a-report.pdf"_s;
        QTest::newRow("dots only") << u".."_s << u"report.pdf"_s;
        QTest::newRow("hidden") << u".bashrc"_s << u"bashrc.pdf"_s;
        QTest::newRow("control characters") << u"a\nb\tc\u0000d"_s << u"a-b-c-d.pdf"_s;
        QTest::newRow("reserved device") << u"CON"_s << u"_CON.pdf"_s;
        QTest::newRow("forbidden characters")
            << u"What? <Why> \"now\" | later*"_s << u"What- -Why- -now- - later.pdf"_s;
        QTest::newRow("chinese") << u"国资委/大模型：医院试点"_s << u"国资委-大模型：医院试点.pdf"_s;
        QTest::newRow("empty") << u"   "_s << u"report.pdf"_s;
    }

    void hostileTitlesBecomePlainNames()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        const QString name = safeFileName(title, u"pdf"_s);
        QCOMPARE(name, expected);
        QTemporaryDir dir;
        const QString path = pathInside(dir.path(), name); // does not throw: it stays inside
        QCOMPARE(QFileInfo(path).absolutePath(), QDir(dir.path()).absolutePath());
    }

    void longTitlesAreCut()
    {
        const QString name = safeFileName(QString(300, u'x'), u"html"_s);
        QCOMPARE(name.size(), 120 + 5);
        // A cut never splits a character outside the Basic Multilingual Plane.
        const QString emoji = QString(119, u'a') + u"\U0001F600\U0001F600"_s;
        QVERIFY(!safeFileName(emoji, {}).back().isHighSurrogate());
    }

    void pathsThatLeaveTheFolderAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(CasebookError, pathInside(dir.path(), u"../x.pdf"_s));
        QVERIFY_THROWS_EXCEPTION(CasebookError, pathInside(dir.path(), u"/etc/passwd"_s));
        QVERIFY_THROWS_EXCEPTION(CasebookError, pathInside(dir.path(), u"a/../../x"_s));
        QCOMPARE(pathInside(dir.path(), u"a/./b.pdf"_s), QDir(dir.path()).absoluteFilePath(u"a/b.pdf"_s));
    }

    void failedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.html"_s);
        writeFileAtomically(path, [](QIODevice &device) { device.write("first"); });
        QVERIFY_THROWS_EXCEPTION(CasebookError, writeFileAtomically(path, [](QIODevice &device) {
                                     device.write("half of the second");
                                     throw CasebookError(u"the writer failed"_s);
                                 }));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("first"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"report.html"_s }); // no temporary left
    }

    void unwritablePlacesAreNamed()
    {
        QTemporaryDir dir;
        try {
            writeFileAtomically(dir.path(), [](QIODevice &) {});
            QFAIL("a folder was accepted as a file");
        } catch (const CasebookError &e) {
            QVERIFY2(e.message().contains(QDir::toNativeSeparators(dir.path())), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(CasebookError,
                                 writeFileAtomically(dir.filePath(u"missing/folder/x.pdf"_s), [](QIODevice &) {}));
    }

    void longNamesFitTheFileSystem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("latin") << QString(5000, u'x');
        QTest::newRow("chinese") << QString(300, u'国'); // 3 bytes a character in UTF-8
        QTest::newRow("emoji") << QString(300, u'a').replace(u'a', u"\U0001F600"_s);
    }

    void longNamesFitTheFileSystem()
    {
        // A name is counted in bytes by the file system (255 at most): a long Chinese title must still be
        // written, under its own name, beside QSaveFile's temporary.
        QFETCH(QString, title);
        const QString name = safeFileName(title, u"html"_s);
        QVERIFY2(QFile::encodeName(name).size() <= 240, qPrintable(name));
        QVERIFY(!name.contains(QChar(0xFFFD)));
        QTemporaryDir dir;
        const QString path = pathInside(dir.path(), name);
        writeFileAtomically(path, [](QIODevice &device) { device.write("report"); });
        QVERIFY(QFileInfo::exists(path));
    }

    void namesWithNulAreRefused()
    {
        // QFile would cut "a\0/../../x" at the NUL and write to another file than the one checked.
        QTemporaryDir dir;
        try {
            pathInside(dir.path(), u"report\u0000../../../etc/cron.d/x"_s);
            QFAIL("a name with a NUL character was accepted");
        } catch (const CasebookError &e) {
            QVERIFY2(e.message().contains(u"NUL"_s), qPrintable(e.message()));
        }
        QCOMPARE(safeFileName(u"a\u0000b"_s, u"pdf"_s), u"a-b.pdf"_s);
    }

    void linksOutOfTheFolderAreRefused()
    {
        // The name stays inside when read as text, but a link in the folder leads elsewhere.
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), dir.filePath(u"reports"_s)));
        try {
            pathInside(dir.path(), u"reports/x.pdf"_s);
            QFAIL("a path through a link out of the folder was accepted");
        } catch (const CasebookError &e) {
            QVERIFY2(e.message().contains(u"link"_s), qPrintable(e.message()));
        }
        QVERIFY(QDir(dir.path()).mkdir(u"inside"_s));
        QCOMPARE(pathInside(dir.path(), u"inside/x.pdf"_s), QDir(dir.path()).absoluteFilePath(u"inside/x.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
