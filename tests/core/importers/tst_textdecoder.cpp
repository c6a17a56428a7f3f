// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/plaintextimporter.h"
#include "importers/textdecoder.h"
#include "util/casebookerror.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {
QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(CASEBOOK_TEST_DATA_DIR) + u"/encodings/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf8") << u"en-utf8.txt"_s << u"expected-en.txt"_s << u"UTF-8"_s;
        QTest::newRow("utf8 bom") << u"en-utf8-bom.txt"_s << u"expected-en.txt"_s << u"UTF-8 (BOM)"_s;
        QTest::newRow("utf16le bom") << u"en-utf16le-bom.txt"_s << u"expected-en.txt"_s << u"UTF-16LE"_s;
        QTest::newRow("utf16be bom") << u"en-utf16be-bom.txt"_s << u"expected-en.txt"_s << u"UTF-16BE"_s;
        QTest::newRow("utf16le no bom") << u"en-utf16le-nobom.txt"_s << u"expected-en.txt"_s << u"UTF-16LE"_s;
        QTest::newRow("windows-1252") << u"en-windows1252.txt"_s << u"expected-en.txt"_s << u"windows-1252"_s;
        QTest::newRow("zh utf8") << u"zh-hans-utf8.txt"_s << u"expected-zh-hans.txt"_s << u"UTF-8"_s;
        QTest::newRow("zh gb18030") << u"zh-hans-gb18030.txt"_s << u"expected-zh-hans.txt"_s << u"GB18030"_s;
        QTest::newRow("zh utf16le") << u"zh-hans-utf16le-bom.txt"_s << u"expected-zh-hans.txt"_s << u"UTF-16LE"_s;
        QTest::newRow("zh-hant big5") << u"zh-hant-big5.txt"_s << u"expected-zh-hant.txt"_s << u"Big5"_s;
        QTest::newRow("zh-hant utf8") << u"zh-hant-utf8.txt"_s << u"expected-zh-hant.txt"_s << u"UTF-8"_s;
    }

    void decodesEveryEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(readFixture(file));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, QString::fromUtf8(readFixture(expected)));
    }

    void refusesBrokenFilesWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << u"broken-empty.txt"_s << u"empty"_s;
        QTest::newRow("binary") << u"broken-binary.txt"_s << u"binary"_s;
        QTest::newRow("truncated utf8") << u"broken-truncated-utf8.txt"_s << u"truncated"_s;
        QTest::newRow("truncated gb18030") << u"broken-truncated-gb18030.txt"_s << u"truncated"_s;
        QTest::newRow("odd utf16") << u"broken-odd-utf16.txt"_s << u"truncated"_s;
    }

    void refusesBrokenFilesWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        try {
            const DecodedText decoded = TextDecoder::decode(readFixture(file));
            QFAIL(qPrintable(u"decoded as %1 instead of failing"_s.arg(decoded.encoding)));
        } catch (const CasebookError &error) {
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
    }

    void thinEvidence_data()
    {
        // Files that give little evidence, as bytes (their text is named in the row). A reading that yields
        // frequently used characters of its encoding's own table beats mojibake; a close call is reported.
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QStringList>("alsoPlausible");
        QTest::newRow("four-character Big5 headline")
            << QByteArray::fromHex("bbe4adb7b0b1af5a") << u"颱風停班"_s << u"Big5"_s << QStringList();
        QTest::newRow("Big5 headline and a line")
            << QByteArray::fromHex("a578a55fb1b6b9420a") << u"台北捷運\n"_s << u"Big5"_s << QStringList();
        QTest::newRow("Chinese UTF-16LE without a byte-order mark")
            << QByteArray::fromHex("2f6ee3531c59ed73396530521c4e017834590230e55dba4ef48b1affd98fe965e58b5a50864e0230")
            << u"港口夜班改到东码头。工人说：这早该做了。"_s << u"UTF-16LE"_s << QStringList();
        QTest::newRow("Chinese UTF-16LE without a byte-order mark, two lines")
            << QByteArray::fromHex("2f6ee3531c59ed7302300a00e55dba4ef48b1affd98fe965e58b5a50864e0230")
            << u"港口夜班。\n工人说：这早该做了。"_s << u"UTF-16LE"_s << QStringList();
        QTest::newRow("café in windows-1252")
            << QByteArray("Caf\xe9 owners in R\xe9sum\xe9 street") << u"Café owners in Résumé street"_s
            << u"windows-1252"_s << QStringList();
    }

    void thinEvidence()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(QStringList, alsoPlausible);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.alsoPlausible, alsoPlausible);
        QVERIFY(decoded.ambiguityNotice().isEmpty());
    }

    void closeCallIsReported()
    {
        // "北京" in GB2312 is two frequent characters in Big5 too: either reading is chosen, the other reported.
        const DecodedText decoded = TextDecoder::decode(QByteArray::fromHex("b1b1bea9"));
        QVERIFY2(decoded.encoding == u"GB18030" || decoded.encoding == u"Big5", qPrintable(decoded.encoding));
        QCOMPARE(decoded.alsoPlausible, QStringList { decoded.encoding == u"GB18030" ? u"Big5"_s : u"GB18030"_s });
        if (decoded.encoding == u"GB18030")
            QCOMPARE(decoded.text, u"北京"_s);
        QVERIFY2(decoded.ambiguityNotice().contains(decoded.alsoPlausible.first()),
                 qPrintable(decoded.ambiguityNotice()));

        // The importer hands the notice on to the import report.
        const ImportedArticle article
            = PlainTextImporter().read({ u"/fixtures/short.txt"_s, QByteArray::fromHex("b1b1bea9"),
                                         QDateTime(QDate(2025, 3, 6), QTime(), Qt::UTC) });
        QCOMPARE(article.notices.size(), 1);
        QCOMPARE(article.encoding, decoded.encoding);
    }

    void importerRefusesWhitespaceOnlyFile()
    {
        PlainTextImporter importer;
        SourceFile source { u"blank.txt"_s, readFixture(u"broken-whitespace.txt"_s), {} };
        QVERIFY_THROWS_EXCEPTION(CasebookError, importer.read(source));
    }

    void importerKeepsParagraphsAndFindsTitle()
    {
        PlainTextImporter importer;
        SourceFile source { u"note.txt"_s, readFixture(u"en-windows1252.txt"_s), {} };
        const ImportedArticle article = importer.read(source);
        QCOMPARE(article.meta.title, u"Hospital pilots “smart triage” after a €2.5 million grant"_s);
        QCOMPARE(article.meta.origin(ArticleField::Title), MetadataOrigin::TextPattern);
        QCOMPARE(article.text.count(u"\n\n"_s), 1);
        QCOMPARE(article.meta.language, u"en"_s);
        QCOMPARE(article.encoding, u"windows-1252"_s);
    }

    void joinsHardWrappedParagraphs()
    {
        const QString wrapped = u"Title line\n\nThe provincial health commission said that twenty hospitals had\n"
                                u"connected their record systems to a locally hosted model, and that a\n"
                                u"review of its answers would be published before the end of the year.\n\n"
                                u"Second paragraph.\n"_s;
        PlainTextImporter importer;
        const ImportedArticle article = importer.read({ u"w.txt"_s, wrapped.toUtf8(), {} });
        const QStringList paragraphs = article.text.split(u"\n\n"_s);
        QCOMPARE(paragraphs.size(), 3);
        QVERIFY(paragraphs.at(1).startsWith(u"The provincial"_s));
        QVERIFY(paragraphs.at(1).endsWith(u"end of the year."_s));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
