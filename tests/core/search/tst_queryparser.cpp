// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/querycompiler.h"
#include "search/queryerror.h"
#include "search/queryparser.h"
#include "search/searchtokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebook;

class TestQueryParser : public QObject
{
    Q_OBJECT

    static CompiledQuery compile(const QString &query)
    {
        SearchTokenizer tokenizer;
        return QueryCompiler::compile(QueryParser::parse(query, tokenizer));
    }

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("parameters");

        QTest::newRow("word matches its stem")
            << u"Hospitals"_s << u"(\"hospit\" OR \"~hospit\")"_s << QString() << QStringList();
        QTest::newRow("short word is exact") << u"AI"_s << u"\"ai\""_s << QString() << QStringList();
        QTest::newRow("implicit AND") << u"deepseek 2025"_s << u"((\"deepseek\" OR \"~deepseek\")) AND (\"2025\")"_s
                                      << QString() << QStringList();
        QTest::newRow("phrase is exact") << u"\"Large Language Models\""_s << u"\"large language models\""_s
                                         << QString() << QStringList();
        QTest::newRow("prefix") << u"deep*"_s << u"\"deep\"*"_s << QString() << QStringList();
        QTest::newRow("OR and NOT")
            << u"(sinopec OR petrochina) -drill"_s
            << u"(((\"sinopec\" OR \"~sinopec\") OR (\"petrochina\" OR \"~petrochina\"))) NOT ((\"drill\" OR \"~drill\"))"_s
            << QString() << QStringList();
        QTest::newRow("chinese two-character word") << u"医院"_s << u"\"医院\""_s << QString() << QStringList();
        QTest::newRow("chinese long word is a phrase of bigrams")
            << u"国务院国有资产监督管理委员会"_s
            << u"\"国务 务院 院国 国有 有资 资产 产监 监督 督管 管理 理委 委员 员会\""_s << QString() << QStringList();
        QTest::newRow("chinese single character is a prefix") << u"院"_s << u"\"院\"*"_s << QString() << QStringList();
        QTest::newRow("full-width query folds") << u"ＡＩ"_s << u"\"ai\""_s << QString() << QStringList();
        QTest::newRow("NEAR operator") << u"deepseek NEAR/5 hospital"_s << u"NEAR(\"deepseek\" \"hospital\", 5)"_s
                                       << QString() << QStringList();
        QTest::newRow("NEAR group") << u"NEAR(deepseek \"state grid\", 3)"_s
                                    << u"NEAR(\"deepseek\" \"state grid\", 3)"_s << QString() << QStringList();
        QTest::newRow("title field") << u"title:deepseek"_s << u"({title} : \"deepseek\" OR {title} : \"~deepseek\")"_s
                                     << QString() << QStringList();
        QTest::newRow("field over a group")
            << u"source:(xinhua OR \"south china\")"_s
            << u"(({source} : \"xinhua\" OR {source} : \"~xinhua\") OR {source} : \"south china\")"_s << QString()
            << QStringList();
        QTest::newRow("language") << u"lang:zh 医院"_s << u"\"医院\""_s
                                  << u"(a.language = ?2 COLLATE NOCASE OR a.language LIKE ?3)"_s
                                  << QStringList { u"zh"_s, u"zh-%"_s };
        QTest::newRow("date range by month")
            << u"date:2025-01..2025-03"_s << QString()
            << u"(COALESCE(a.published, '') >= ?2 AND COALESCE(a.published, '') < ?3)"_s
            << QStringList { u"2025-01"_s, u"2025-04"_s };
        QTest::newRow("after a day") << u"after:2024-06-01 ai"_s << u"\"ai\""_s
                                     << u"(COALESCE(a.published, '') >= ?2)"_s << QStringList { u"2024-06-02"_s };
        QTest::newRow("before a year") << u"before:2025 ai"_s << u"\"ai\""_s << u"(COALESCE(a.published, '') < ?2)"_s
                                       << QStringList { u"2025"_s };
        QTest::newRow("only a negation")
            << u"-deepseek"_s << QString()
            << u"a.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?2)"_s
            << QStringList { u"((\"deepseek\" OR \"~deepseek\"))"_s };
        QTest::newRow("filter inside OR")
            << u"ai (lang:en OR 医院)"_s << u"\"ai\""_s
            << u"((a.language = ?2 COLLATE NOCASE OR a.language LIKE ?3) OR a.id IN (SELECT rowid FROM search_index "
               u"WHERE search_index MATCH ?4))"_s
            << QStringList { u"en"_s, u"en-%"_s, u"\"医院\""_s };
        QTest::newRow("minus before a group")
            << u"ai -(hospital OR \"state grid\")"_s
            << u"(\"ai\") NOT (((\"hospit\" OR \"~hospit\") OR \"state grid\"))"_s << QString() << QStringList();
        QTest::newRow("typographic quotes") << u"“State Grid”"_s << u"\"state grid\""_s << QString() << QStringList();
        QTest::newRow("full-width syntax")
            << u"title：（医院　OR　北京）"_s << u"({title} : \"医院\" OR {title} : \"北京\")"_s << QString()
            << QStringList();
        QTest::newRow("ideographic comma separates words")
            << u"北京，医院"_s << u"(\"北京\") AND (\"医院\")"_s << QString() << QStringList();
        QTest::newRow("quote inside a word cannot reach MATCH")
            << u"ab\"c\""_s << u"(\"ab\") AND (\"c\")"_s << QString() << QStringList();
    }

    void valid()
    {
        QFETCH(QString, query);
        QFETCH(QString, match);
        QFETCH(QString, where);
        QFETCH(QStringList, parameters);
        const CompiledQuery compiled = compile(query);
        QCOMPARE(compiled.match, match);
        QCOMPARE(compiled.where, where);
        QCOMPARE(compiled.parameters, parameters);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty") << u"   "_s << 0 << u"empty"_s;
        QTest::newRow("unclosed quote") << u"deepseek \"state grid"_s << 9 << u"Unclosed quote"_s;
        QTest::newRow("unclosed parenthesis") << u"a (b OR c"_s << 2 << u"Unclosed parenthesis"_s;
        QTest::newRow("stray closing parenthesis") << u"a b)"_s << 3 << u"no matching '('"_s;
        QTest::newRow("empty parentheses") << u"a ()"_s << 2 << u"Empty parentheses"_s;
        QTest::newRow("dangling OR") << u"deepseek OR"_s << 9 << u"OR needs a search term after it"_s;
        QTest::newRow("leading AND") << u"AND deepseek"_s << 0 << u"AND needs a search term before it"_s;
        QTest::newRow("dangling NOT") << u"a NOT"_s << 2 << u"NOT needs a search term after it"_s;
        QTest::newRow("dangling AND before parenthesis")
            << u"(a AND) b"_s << 3 << u"AND needs a search term after it"_s;
        QTest::newRow("field without value") << u"title:"_s << 0 << u"title: needs a value"_s;
        QTest::newRow("bad date") << u"date:2025-13"_s << 5 << u"Bad date '2025-13'"_s;
        QTest::newRow("bad range end") << u"date:2025-01..20x5"_s << 14 << u"Bad date '20x5'"_s;
        QTest::newRow("backwards range") << u"date:2025-03..2025-01"_s << 5 << u"ends before it starts"_s;
        QTest::newRow("bad after") << u"x after:yesterday"_s << 8 << u"Bad date 'yesterday'"_s;
        QTest::newRow("entity unclosed quote")
            << u"deepseek entity:\"Xi Jinping"_s << 16 << u"Unclosed quote in entity:"_s;
        QTest::newRow("entity empty") << u"entity:\"  \""_s << 7 << u"needs a value inside the quotes"_s;
        QTest::newRow("tag without a value") << u"tag:"_s << 0 << u"needs a value"_s;
        QTest::newRow("bad language") << u"lang:z1"_s << 5 << u"not a language code"_s;
        QTest::newRow("NEAR without distance") << u"a NEAR/ b"_s << 2 << u"NEAR/ needs a distance"_s;
        QTest::newRow("NEAR over a group") << u"a NEAR (b OR c)"_s << 7 << u"NEAR joins only words and phrases"_s;
        QTest::newRow("NEAR group too small") << u"NEAR(a)"_s << 0 << u"at least two"_s;
        QTest::newRow("nothing searchable") << u"deepseek &&"_s << 9 << u"no letters or digits"_s;
        QTest::newRow("lone star") << u"a *"_s << 2 << u"'*' must follow"_s;

        // The character at fault, wherever it is: each unclosed "(" itself, each stray ")".
        QTest::newRow("unclosed parenthesis first") << u"(a OR b"_s << 0 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis last") << u"a b ("_s << 4 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis before a closed one") << u"a (b (c) d"_s << 2 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis after a closed one") << u"(a) OR (b c"_s << 7 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis around a closed one") << u"((a)"_s << 0 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis, leading spaces count")
            << u"  deepseek (hospital"_s << 11 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed parenthesis after full-width one")
            << u"（医院）　（北京"_s << 5 << u"Unclosed parenthesis"_s;
        QTest::newRow("unclosed NEAR group") << u"a NEAR(b c"_s << 2 << u"Unclosed NEAR( group"_s;
        QTest::newRow("stray parenthesis first") << u") a"_s << 0 << u"no matching '('"_s;
        QTest::newRow("stray parenthesis inside") << u"a) b"_s << 1 << u"no matching '('"_s;
        QTest::newRow("stray parenthesis after a group") << u"(a b))"_s << 5 << u"no matching '('"_s;
        QTest::newRow("unclosed quote first") << u"\"state grid"_s << 0 << u"Unclosed quote"_s;
        QTest::newRow("unclosed typographic quote") << u"a “b c"_s << 2 << u"Unclosed quote"_s;
        QTest::newRow("unclosed quote after a phrase") << u"\"a b\" c \"d"_s << 8 << u"Unclosed quote"_s;
        QTest::newRow("dangling AND") << u"a AND"_s << 2 << u"AND needs a search term after it"_s;
        QTest::newRow("dangling OR inside parentheses") << u"(a OR) b"_s << 3 << u"OR needs a search term after it"_s;
        QTest::newRow("leading OR") << u"OR a"_s << 0 << u"OR needs a search term before it"_s;
        QTest::newRow("dangling NEAR") << u"a NEAR"_s << 2 << u"NEAR needs a search term after it"_s;
        QTest::newRow("lone NOT") << u"NOT"_s << 0 << u"NOT needs a search term after it"_s;
        QTest::newRow("minus before NOT") << u"a -NOT b"_s << 2 << u"'-' needs a search term after it"_s;
        QTest::newRow("empty field at the end") << u"deepseek source:"_s << 9 << u"source: needs a value"_s;
        QTest::newRow("empty field before a parenthesis") << u"(a title: )"_s << 3 << u"title: needs a value"_s;
        QTest::newRow("empty lang") << u"a lang:"_s << 2 << u"lang: needs a value"_s;
        QTest::newRow("empty date") << u"date:  "_s << 0 << u"date: needs a value"_s;
        QTest::newRow("empty entity") << u"entity:"_s << 0 << u"entity: needs a value"_s;
        QTest::newRow("field before an operator") << u"title: OR a"_s << 0 << u"needs a word"_s;
        QTest::newRow("bad date after a space") << u"a date: 2025-13"_s << 8 << u"Bad date '2025-13'"_s;
        QTest::newRow("impossible day") << u"date:2025-02-30"_s << 5 << u"Bad date '2025-02-30'"_s;
        QTest::newRow("range without ends") << u"date:.."_s << 5 << u"needs a start or an end"_s;
        QTest::newRow("bad range start") << u"x date:2025-1x..2025-03"_s << 7 << u"Bad date '2025-1x'"_s;
        QTest::newRow("backwards range by day") << u"date:2025-03-02..2025-03-01"_s << 5 << u"ends before it starts"_s;
        QTest::newRow("nested too deeply")
            << QString(u"("_s.repeated(40) + u"a"_s + u")"_s.repeated(40)) << 16 << u"nested too deeply"_s;
        QTest::newRow("too many terms") << QString(u"w "_s.repeated(250)) << 400 << u"Too many search terms"_s;
    }

    /// Only the known fields are fields; any other `word:` is text, with a notice, as peer tools do.
    void unknownFieldsAreText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("readAs");
        QTest::addColumn<QStringList>("notices");

        QTest::newRow("pasted headline") << u"DeepSeek rollout: what changes"_s << u"DeepSeek rollout what changes"_s
                                         << QStringList { u"rollout: is not a field; searched as text"_s };
        QTest::newRow("no space after the colon") << u"Rollout:plan"_s << u"\"rollout plan\""_s
                                                  << QStringList { u"Rollout: is not a field; searched as text"_s };
        QTest::newRow("address") << u"http://example.com/a"_s << u"\"http example com a\""_s
                                 << QStringList { u"http: is not a field; searched as text"_s };
        QTest::newRow("time has no letters, so no notice")
            << u"10:30 meeting"_s << u"\"10 30\" meeting"_s << QStringList {};
        QTest::newRow("one notice per name") << u"memo: a memo: b"_s << u"memo a memo b"_s
                                             << QStringList { u"memo: is not a field; searched as text"_s };
        QTest::newRow("beside a known field") << u"Update: title:deepseek"_s << u"update title:deepseek"_s
                                              << QStringList { u"Update: is not a field; searched as text"_s };
        QTest::newRow("before a group") << u"re:(a OR b)"_s << u"re (a OR b)"_s
                                        << QStringList { u"re: is not a field; searched as text"_s };
        QTest::newRow("known field with a space") << u"title: deepseek"_s << u"title:deepseek"_s << QStringList {};
        QTest::newRow("known field with spaces, phrase")
            << u"source:  \"South China\""_s << u"source:\"South China\""_s << QStringList {};
        QTest::newRow("date with a space")
            << u"date: 2025-01..2025-03 ai"_s << u"date:2025-01..2025-03 ai"_s << QStringList {};
        QTest::newRow("lang with a space") << u"lang: zh"_s << u"lang:zh"_s << QStringList {};
        QTest::newRow("field names in any case") << u"TITLE:deepseek"_s << u"title:deepseek"_s << QStringList {};
    }

    void unknownFieldsAreText()
    {
        QFETCH(QString, query);
        QFETCH(QString, readAs);
        QFETCH(QStringList, notices);
        SearchTokenizer tokenizer;
        QList<QueryNotice> found;
        const CompiledQuery compiled = QueryCompiler::compile(QueryParser::parse(query, tokenizer, &found));
        const CompiledQuery expected = compile(readAs);
        QCOMPARE(compiled.match, expected.match);
        QCOMPARE(compiled.where, expected.where);
        QCOMPARE(compiled.parameters, expected.parameters);
        QStringList messages;
        for (const QueryNotice &notice : std::as_const(found)) {
            messages << notice.message;
            QVERIFY(notice.position >= 0 && notice.position < query.size());
            QVERIFY2(query.mid(notice.position).startsWith(notice.message.section(u' ', 0, 0)),
                     qPrintable(notice.message));
        }
        QCOMPARE(messages, notices);
    }

    void knownFieldsAreFields()
    {
        for (const QString &name : { u"title"_s, u"text"_s, u"body"_s, u"source"_s, u"author"_s, u"lang"_s,
                                     u"language"_s, u"date"_s, u"after"_s, u"before"_s, u"entity"_s, u"tag"_s })
            QVERIFY2(QueryParser::isField(name), qPrintable(name));
        QVERIFY(!QueryParser::isField(u"rollout"_s));
        QVERIFY(!QueryParser::isField(u"http"_s));
    }

    void malformed()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, problem);
        try {
            compile(query);
            QFAIL("the query was accepted");
        } catch (const QueryError &error) {
            QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
            QCOMPARE(error.position(), position);
            QVERIFY2(error.message().contains(u"position %1"_s.arg(position + 1)), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
