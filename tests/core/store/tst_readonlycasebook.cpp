// SPDX-License-Identifier: GPL-3.0-or-later
// A casebook on a read-only file, folder or disk (issue 18): it is read as usual, every writer is refused at once
// with a message naming the file, and the file stays exactly as it was. Permissions stop root, whom CI runs as,
// only while the test acts as the user "nobody".
#include "../../support/actingasnobody.h"
#include "../../support/filehash.h"
#include "../../support/testarticles.h"
#include "search/searchengine.h"
#include "store/casebookstore.h"
#include "store/casebookwriter.h"
#include "util/casebookerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;
using testing::fileHash;

namespace {
constexpr QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions enterable
    = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions writable
    = readable | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

/// A casebook with three annotated articles, closed (its -wal folded in and removed), in a folder of its own.
QString makeCasebook(const QString &folder)
{
    QDir().mkpath(folder);
    const QString path = folder + u"/shared.casebook"_s;
    CasebookStore store(path);
    store.addArticles(
        { testing::makeArticle(1, u"Hotline in Wuxi"_s), testing::makeArticle(2), testing::makeArticle(3) });
    AnnotationContent content;
    content.note = u"the figure to quote"_s;
    store.annotations().annotate(1, u"questions"_s, 1, content);
    return path;
}

QString writeErrorFor(const QString &path)
{
    try {
        CasebookStore store(path);
    } catch (const CasebookError &error) {
        return error.message();
    }
    return {};
}
} // namespace

class TestReadOnlyCasebook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyFileIsReadAndNeverWritten()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"casebooks"_s);
        const QString path = makeCasebook(folder);
        QVERIFY(QFile::setPermissions(dir.path(), enterable)); // nobody must reach the folder
        QVERIFY(QFile::setPermissions(folder, writable | enterable));
        QVERIFY(QFile::setPermissions(path, readable));
        const QByteArray before = fileHash(path);

        const testing::ActingAsNobody nobody;
        if (!nobody.permissionsApply())
            QSKIP("running as root without the right to act as another user: permissions would not apply");
        QVERIFY(!CasebookStore::canWrite(path));
        const QString message = writeErrorFor(path);
        QCOMPARE(
            message,
            u"%1 can only be read (file or folder permissions, or a read-only disk): the change was not saved."_s.arg(
                QDir::toNativeSeparators(path)));
        QString writerMessage;
        try {
            CasebookWriter writer(path);
        } catch (const CasebookError &error) {
            writerMessage = error.message();
        }
        QCOMPARE(writerMessage, message);

        {
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            QCOMPARE(store.articleCount(), 3);
            QCOMPARE(store.annotations().annotations().size(), 1);
            SearchRequest request;
            request.query = u"Wuxi"_s;
            QCOMPARE(SearchEngine(store).search(request).total, 3);
        }
        QCOMPARE(fileHash(path), before);
        // A reader of a WAL file leaves the log it could not fold back in; it holds nothing.
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    }

    void readOnlyFolderIsReadAsItWas()
    {
        // A folder (or disk) that cannot take SQLite's -shm file: the casebook is read as an immutable file.
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"casebooks"_s);
        const QString path = makeCasebook(folder);
        QVERIFY(QFile::setPermissions(dir.path(), enterable));
        QVERIFY(QFile::setPermissions(path, readable));
        QVERIFY(QFile::setPermissions(folder, enterable));
        const QByteArray before = fileHash(path);
        {
            const testing::ActingAsNobody nobody;
            if (!nobody.permissionsApply())
                QSKIP("running as root without the right to act as another user: permissions would not apply");
            QVERIFY(!CasebookStore::canWrite(path));
            QVERIFY(writeErrorFor(path).contains(u"can only be read"_s));
            CasebookStore store(path, CasebookStore::Mode::ReadOnly);
            QVERIFY(store.database().isImmutable());
            QCOMPARE(store.articleCount(), 3);
            QCOMPARE(store.article(1)->meta.title, u"Hotline in Wuxi"_s);
            SearchRequest request;
            request.query = u"hotline"_s;
            QCOMPARE(SearchEngine(store).search(request).total, 3);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { u"shared.casebook"_s });
        QCOMPARE(fileHash(path), before);
        QVERIFY(QFile::setPermissions(folder, writable | enterable)); // so that the temporary folder can go
    }

    void writableFileInReadOnlyFolderIsRefusedBeforeAnyWork()
    {
        // The file may be written but its folder cannot take the -wal file: refused at open, not at the first
        // write (and not with SQLite's "attempt to write a readonly database").
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"casebooks"_s);
        const QString path = makeCasebook(folder);
        QVERIFY(QFile::setPermissions(dir.path(), enterable));
        QVERIFY(QFile::setPermissions(path, writable));
        QVERIFY(QFile::setPermissions(folder, enterable));
        {
            const testing::ActingAsNobody nobody;
            if (!nobody.permissionsApply())
                QSKIP("running as root without the right to act as another user: permissions would not apply");
            QVERIFY(!CasebookStore::canWrite(path));
            QVERIFY2(writeErrorFor(path).contains(u"can only be read"_s), qPrintable(writeErrorFor(path)));
            QCOMPARE(CasebookStore(path, CasebookStore::Mode::ReadOnly).articleCount(), 3);
        }
        QVERIFY(QFile::setPermissions(folder, writable | enterable));
    }

    void writableCasebookCountsAsWritable()
    {
        QTemporaryDir dir;
        const QString path = makeCasebook(dir.filePath(u"casebooks"_s));
        QVERIFY(CasebookStore::canWrite(path));
        QVERIFY(CasebookStore::canWrite(dir.filePath(u"not-yet.casebook"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"not-yet.casebook"_s))); // asking made nothing
        CasebookStore store(path, CasebookStore::Mode::ReadOnly);
        QVERIFY(!store.database().isImmutable()); // it sees what a writer commits while it is open
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyCasebook)
#include "tst_readonlycasebook.moc"
