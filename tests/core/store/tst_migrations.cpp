// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/casebookstore.h"
#include "store/migrations.h"
#include "store/sqlitedatabase.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
/// The schema as a set of normalised CREATE statements, to compare a migrated casebook with a fresh one.
QSet<QString> schemaOf(const SqliteDatabase &db)
{
    QSet<QString> statements;
    auto query
        = db.prepare(u"SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"_s);
    while (query.step())
        statements.insert(query.text(0) + u' ' + query.text(1) + u' ' + query.text(2).simplified());
    return statements;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEarlierVersionMigratesToTheCurrentOne_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < Schema::currentVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void everyEarlierVersionMigratesToTheCurrentOne()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString freshPath = dir.filePath(u"fresh.casebook"_s);
        const QString oldPath = dir.filePath(u"old.casebook"_s);
        QSet<QString> freshSchema;
        {
            CasebookStore fresh(freshPath);
            freshSchema = schemaOf(fresh.database());
        }
        {
            // Build a casebook as an older Casebook left it, with an article in it when the format has articles.
            SqliteDatabase old(oldPath, SqliteDatabase::Access::ReadWriteCreate);
            if (fromVersion > 0) {
                old.exec(u"PRAGMA application_id = %1"_s.arg(Schema::applicationId));
                Schema::migrate(old, 0, fromVersion);
                old.exec(u"INSERT INTO articles (title, text, chars, content_hash, file_hash, imported_at, published, "
                         u"published_precision) VALUES ('Old article', 'Kept across every migration.', 29, x'01', "
                         u"x'02', '2024-01-01T00:00:00Z', '2024-05', 'month')"_s);
                old.exec(u"INSERT INTO article_originals (article_id, bytes) VALUES (1, x'4b')"_s);
            }
        }
        CasebookStore migrated(oldPath);
        QCOMPARE(migrated.schemaVersion(), Schema::currentVersion());
        QCOMPARE(schemaOf(migrated.database()), freshSchema);
        if (fromVersion > 0) {
            QCOMPARE(migrated.articleCount(), 1);
            const auto article = migrated.article(1);
            QCOMPARE(article->meta.title, u"Old article"_s);
            QCOMPARE(article->text, u"Kept across every migration."_s);
            QCOMPARE(article->meta.published.toIso(), u"2024-05"_s);
        }
        auto integrity = migrated.database().prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), u"ok"_s);
    }

    void everyVersionIsDescribed()
    {
        for (int version = 1; version <= Schema::currentVersion(); ++version)
            QVERIFY2(!Schema::describe(version).isEmpty(), qPrintable(QString::number(version)));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
