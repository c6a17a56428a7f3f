// SPDX-License-Identifier: GPL-3.0-or-later
// Citations in the Chicago pair: author-date parentheticals and reference list, notes (full, then short) and
// bibliography; missing metadata is named, never made up.
#include "reports/citation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

namespace {

CitedSource complete()
{
    CitedSource s;
    s.articleId = 7;
    s.title = u"Hospitals put a language model on the night shift"_s;
    s.source = u"Harbour Health Desk"_s;
    s.author = u"Lin Wei"_s;
    s.url = u"https://example.org/night-shift"_s;
    s.published = *PublicationDate::fromIso(u"2025-02-26"_s);
    return s;
}

} // namespace

class TestCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorDate()
    {
        const CitationFormatter f(CitationStyle::AuthorDate);
        QCOMPARE(toPlainText(f.parenthetical({ complete(), 3 })), u"(Lin Wei 2025, 3)"_s);
        QCOMPARE(toPlainText(f.parenthetical({ complete(), std::nullopt })), u"(Lin Wei 2025)"_s);
        QCOMPARE(toPlainText(f.bibliographyEntry(complete())),
                 u"Lin Wei. 2025. \u201cHospitals put a language model on the night shift.\u201d Harbour Health Desk, "
                 u"February 26, 2025. https://example.org/night-shift."_s);
        // The publication is italic, in HTML and in Markdown.
        QVERIFY(toHtml(f.bibliographyEntry(complete())).contains(u"<i>Harbour Health Desk</i>"_s));
        QVERIFY(toMarkdown(f.bibliographyEntry(complete())).contains(u"*Harbour Health Desk*"_s));
        QVERIFY(CitedSource(complete()).missingFields().isEmpty());
        QVERIFY(CitationFormatter::incompleteNotice(complete()).isEmpty());
    }

    void notesAndBibliography()
    {
        const CitationFormatter f(CitationStyle::NotesBibliography);
        QCOMPARE(toPlainText(f.note({ complete(), 3 }, true)),
                 u"Lin Wei, \u201cHospitals put a language model on the night shift,\u201d Harbour Health Desk, "
                 u"February 26, 2025, 3, https://example.org/night-shift."_s);
        // Later notes for the same source are short: author, a short title of four words, page.
        QCOMPARE(toPlainText(f.note({ complete(), 5 }, false)), u"Lin Wei, \u201cHospitals put a language,\u201d 5."_s);
        QCOMPARE(toPlainText(f.bibliographyEntry(complete())),
                 u"Lin Wei. \u201cHospitals put a language model on the night shift.\u201d Harbour Health Desk, "
                 u"February 26, 2025. https://example.org/night-shift."_s);
    }

    void missingMetadataIsNamedNotInvented()
    {
        CitedSource s = complete();
        s.author.clear();
        s.published = {};
        s.url.clear();
        s.fileName = u"wuxi-hotline.txt"_s;
        QCOMPARE(s.missingFields(), (QStringList { u"author"_s, u"publication date"_s }));
        const CitationFormatter authorDate(CitationStyle::AuthorDate);
        // Chicago cites an unsigned news article by its publication, and marks the missing date "n.d.".
        QCOMPARE(toPlainText(authorDate.parenthetical({ s, std::nullopt })), u"(Harbour Health Desk n.d.)"_s);
        QVERIFY(authorDate.parenthetical({ s, std::nullopt }).at(1).italic);
        const QString entry = toPlainText(authorDate.bibliographyEntry(s));
        QVERIFY2(entry.contains(u"File: wuxi-hotline.txt"_s), qPrintable(entry));
        QVERIFY2(entry.endsWith(u"[Incomplete metadata: no author, no publication date.]"_s), qPrintable(entry));

        CitedSource bare;
        bare.articleId = 9;
        bare.title = u"无锡热线"_s;
        const CitationFormatter notes(CitationStyle::NotesBibliography);
        const QString note = toPlainText(notes.note({ bare, std::nullopt }, true));
        QVERIFY2(note.contains(u"[Source unknown]"_s) && note.contains(u"n.d."_s), qPrintable(note));
        QVERIFY2(note.contains(u"no author, no publication date, no source, no URL or file"_s), qPrintable(note));
        QVERIFY(!note.contains(u"2025"_s));
        QCOMPARE(toPlainText(authorDate.parenthetical({ bare, 2 })), u"([Author unknown] n.d., 2)"_s);
    }

    void datesAsPreciseAsKnown()
    {
        QCOMPARE(CitationFormatter::longDate(*PublicationDate::fromIso(u"2025-03"_s)), u"March 2025"_s);
        QCOMPARE(CitationFormatter::longDate(*PublicationDate::fromIso(u"2025"_s)), u"2025"_s);
        QCOMPARE(CitationFormatter::longDate({}), u"n.d."_s);
    }

    void titleEndingInAQuestionKeepsItsMark()
    {
        CitedSource s = complete();
        s.title = u"Who checks the model?"_s;
        const QString entry = toPlainText(CitationFormatter(CitationStyle::AuthorDate).bibliographyEntry(s));
        QVERIFY2(entry.contains(u"\u201cWho checks the model?\u201d"_s), qPrintable(entry));
        // Quotation marks inside a title become single ones, so the title still reads as one.
        s.title = u"多地政务系统接入 \u201cAI公务员\u201d 上岗"_s;
        const QString nested = toPlainText(CitationFormatter(CitationStyle::AuthorDate).bibliographyEntry(s));
        QVERIFY2(nested.contains(u"\u201c多地政务系统接入 \u2018AI公务员\u2019 上岗.\u201d"_s), qPrintable(nested));
    }

    void bibliographyIsSortedByAuthorOrPublication()
    {
        CitedSource a = complete();
        CitedSource b = complete();
        b.author.clear();
        b.source = u"Altona Daily"_s;
        CitedSource c = complete();
        c.author = u"Zhang Min"_s;
        QList<CitedSource> list { c, a, b };
        CitationFormatter::sortForBibliography(list);
        QCOMPARE(list.at(0).source, u"Altona Daily"_s);
        QCOMPARE(list.at(1).author, u"Lin Wei"_s);
        QCOMPARE(list.at(2).author, u"Zhang Min"_s);
    }

    void markdownAndHtmlEscapeWhatTheAnalystTyped()
    {
        const FormattedText text { { u"<script>*x*_y_"_s, false } };
        QCOMPARE(toHtml(text), u"&lt;script&gt;*x*_y_"_s);
        QCOMPARE(toMarkdown(text), u"\\<script\\>\\*x\\*\\_y\\_"_s);
    }
};

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
