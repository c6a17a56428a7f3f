// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates/nearduplicatesignature.h"
#include "importers/importerregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

const QString demoDir = QStringLiteral(CASEBOOK_SOURCE_DIR "/resources/demo");

struct Row
{
    QString file, title, source, author, published, language, duplicateOf, notes;
};

QList<Row> manifest()
{
    QFile file(demoDir + u"/MANIFEST.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Row> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(u'\t');
        while (cells.size() < 8)
            cells.append(QString());
        rows.append({ cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7] });
    }
    return rows;
}

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    return out;
}

} // namespace

/// The demo corpus (resources/demo, with its gold MANIFEST.tsv) through the importers: a guard against
/// extraction getting worse. `casebook-cli bench extraction resources/demo` prints the same figures.
class TestDemoCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataMatchesTheGold_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("notes");
        for (const Row &row : manifest())
            QTest::newRow(qPrintable(row.file)) << row.file << row.title << row.language << row.published << row.notes;
    }

    void metadataMatchesTheGold()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, published);
        QFETCH(QString, notes);
        const QString path = demoDir + u'/' + file;
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const ImportedArticle article
            = ImporterRegistry::withDefaultImporters().read({ path, source.readAll(), QFileInfo(path).lastModified() });
        QCOMPARE(folded(article.meta.title), folded(title));
        QCOMPARE(article.meta.language, language);
        // Every demo file's name carries its date: a relative dateline ("2 hours ago") gives way to it, however
        // fresh the checkout's file times are.
        QCOMPARE(article.meta.published.toIso(), published);
        QVERIFY(article.meta.origin(ArticleField::Published) != MetadataOrigin::Estimated);
        QVERIFY(!article.text.isEmpty());
        QVERIFY(!article.text.contains(u"Related Articles"_s, Qt::CaseInsensitive));
        QVERIFY(!article.text.contains(u"Leave a Reply"_s, Qt::CaseInsensitive));
        QVERIFY(!article.text.contains(u"We use cookies"_s, Qt::CaseInsensitive));
    }

    void repostsAndOnlyRepostsAreLinked()
    {
        const QList<Row> rows = manifest();
        if (rows.isEmpty())
            QSKIP("the demo corpus is not here");
        QHash<QString, QByteArray> signatures;
        for (const Row &row : rows) {
            const QString path = demoDir + u'/' + row.file;
            QFile source(path);
            QVERIFY(source.open(QIODevice::ReadOnly));
            signatures.insert(row.file,
                              ImporterRegistry::withDefaultImporters()
                                  .read({ path, source.readAll(), QFileInfo(path).lastModified() })
                                  .nearDuplicateSignature);
        }
        for (const Row &a : rows) {
            for (const Row &b : rows) {
                if (a.file >= b.file)
                    continue;
                const bool gold = a.duplicateOf == b.file || b.duplicateOf == a.file;
                const bool found = NearDuplicateSignature::similarity(signatures[a.file], signatures[b.file])
                    >= NearDuplicateSignature::duplicateThreshold;
                QVERIFY2(gold == found, qPrintable(a.file + u" ~ "_s + b.file));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoCorpus)
#include "tst_democorpus.moc"
