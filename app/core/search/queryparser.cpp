// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryparser.h"

#include "analysis/entitytype.h"
#include "queryerror.h"
#include "searchtokenizer.h"

#include <QDate>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

struct Lexeme
{
    enum class Kind { End, Word, Quoted, LParen, RParen, And, Or, Not, Minus, Near, NearGroup, Field, Comma };
    Kind kind = Kind::End;
    int position = 0;
    int length = 0;
    QString text; ///< Word/Quoted content, Field name (lower case)
    bool prefix = false; ///< Word or Quoted followed by *
    int distance = 10; ///< Near
};

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D'; // " and the typographic “ ”
}

bool isBreak(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || isQuote(c) || c == u',';
}

/// Full-width ASCII forms (what a Chinese input method types: （）：＂－＊) and the ideographic space become
/// their ASCII forms, one character for one, so positions in messages still point into what was typed.
QString foldFullWidthSyntax(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c.unicode() == 0x3000)
            c = u' ';
        else if (c == u'\u3001') // 、
            c = u',';
    }
    return folded;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// A date as typed in a query: 2025, 2025-03 or 2025-03-15, with the ISO text of its first day and of the
/// first day after it, both as precise as what was typed.
struct QueryDate
{
    QString start;
    QString next;
};

std::optional<QueryDate> parseQueryDate(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() > 3 || parts.first().size() != 4)
        return std::nullopt;
    QList<int> numbers;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 4 || part.startsWith(u'+') || part.startsWith(u'-'))
            return std::nullopt;
        numbers.append(value);
    }
    const int year = numbers.at(0);
    const int month = numbers.size() > 1 ? numbers.at(1) : 1;
    const int day = numbers.size() > 2 ? numbers.at(2) : 1;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    QueryDate result;
    switch (numbers.size()) {
    case 1:
        result.start = QString::number(year);
        result.next = QString::number(year + 1);
        break;
    case 2:
        result.start = date.toString(u"yyyy-MM"_s);
        result.next = date.addMonths(1).toString(u"yyyy-MM"_s);
        break;
    default:
        result.start = date.toString(Qt::ISODate);
        result.next = date.addDays(1).toString(Qt::ISODate);
        break;
    }
    return result;
}

class Parser
{
public:
    Parser(const QString &text, SearchTokenizer &tokenizer, QList<QueryNotice> *notices)
        : m_text(text)
        , m_tokenizer(tokenizer)
        , m_notices(notices)
    { }

    QueryNode parseQuery()
    {
        skipCommas();
        if (peek().kind == Lexeme::Kind::End)
            throw QueryError(u"The query is empty"_s, 0);
        QueryNode root = parseOr();
        const Lexeme &extra = peek();
        if (extra.kind == Lexeme::Kind::RParen)
            throw QueryError(u"')' has no matching '('"_s, extra.position);
        if (extra.kind != Lexeme::Kind::End)
            throw QueryError(u"Unexpected text"_s, extra.position);
        return root;
    }

private:
    // --- lexing -------------------------------------------------------------------------------------------

    const Lexeme &peek()
    {
        if (!m_peeked) {
            m_lookahead = lex();
            m_peeked = true;
        }
        return m_lookahead;
    }

    Lexeme take()
    {
        peek();
        m_peeked = false;
        return m_lookahead;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    void skipCommas()
    {
        while (peek().kind == Lexeme::Kind::Comma)
            take();
    }

    Lexeme lex()
    {
        skipSpace();
        Lexeme lexeme;
        lexeme.position = int(m_pos);
        if (m_pos >= m_text.size())
            return lexeme;
        const QChar c = m_text.at(m_pos);
        if (c == u'(' || c == u')' || c == u',') {
            lexeme.kind = c == u'(' ? Lexeme::Kind::LParen : c == u')' ? Lexeme::Kind::RParen : Lexeme::Kind::Comma;
            lexeme.length = 1;
            ++m_pos;
            return lexeme;
        }
        if (isQuote(c))
            return lexQuoted();
        if (c == u'-' && m_pos + 1 < m_text.size() && !m_text.at(m_pos + 1).isSpace() && m_text.at(m_pos + 1) != u')'
            && m_text.at(m_pos + 1) != u',') {
            lexeme.kind = Lexeme::Kind::Minus;
            lexeme.length = 1;
            ++m_pos;
            return lexeme;
        }
        // A field: a known field name and a colon. Any other letters and colon are text (a headline's
        // "rollout:", "http://…"), read on as one word up to the next break, as peer search tools do.
        qsizetype end = m_pos;
        while (end < m_text.size() && isAsciiLetter(m_text.at(end)))
            ++end;
        if (end > m_pos && end < m_text.size() && m_text.at(end) == u':') {
            const QString name = m_text.mid(m_pos, end - m_pos).toLower();
            if (QueryParser::isField(name)) {
                lexeme.kind = Lexeme::Kind::Field;
                lexeme.text = name;
                lexeme.length = int(end + 1 - m_pos);
                m_pos = end + 1;
                return lexeme;
            }
            notice(u"%1 is not a field; searched as text"_s.arg(m_text.mid(m_pos, end + 1 - m_pos)), int(m_pos));
        }
        while (end < m_text.size() && !isBreak(m_text.at(end)))
            ++end;
        const QString word = m_text.mid(m_pos, end - m_pos);
        lexeme.length = int(end - m_pos);
        m_pos = end;
        if (word == u"AND") {
            lexeme.kind = Lexeme::Kind::And;
        } else if (word == u"OR") {
            lexeme.kind = Lexeme::Kind::Or;
        } else if (word == u"NOT") {
            lexeme.kind = Lexeme::Kind::Not;
        } else if (word == u"NEAR" && m_pos < m_text.size() && m_text.at(m_pos) == u'(') {
            lexeme.kind = Lexeme::Kind::NearGroup;
            ++m_pos;
            lexeme.length += 1;
        } else if (word == u"NEAR" || word.startsWith(u"NEAR/")) {
            lexeme.kind = Lexeme::Kind::Near;
            if (word.size() > 5) {
                bool ok = false;
                lexeme.distance = word.mid(5).toInt(&ok);
                if (!ok || lexeme.distance < 0 || lexeme.distance > 1000)
                    throw QueryError(u"NEAR/ needs a distance from 0 to 1000, like NEAR/5"_s, lexeme.position);
            } else if (word.size() == 5) {
                throw QueryError(u"NEAR/ needs a distance from 0 to 1000, like NEAR/5"_s, lexeme.position);
            }
        } else {
            lexeme.kind = Lexeme::Kind::Word;
            lexeme.text = word;
            if (word.endsWith(u'*')) {
                lexeme.prefix = true;
                lexeme.text.chop(1);
                while (lexeme.text.endsWith(u'*'))
                    lexeme.text.chop(1);
                if (lexeme.text.isEmpty())
                    throw QueryError(u"'*' must follow the start of a word, like deep*"_s, lexeme.position);
            }
        }
        return lexeme;
    }

    Lexeme lexQuoted()
    {
        Lexeme lexeme;
        lexeme.kind = Lexeme::Kind::Quoted;
        lexeme.position = int(m_pos);
        qsizetype close = m_pos + 1;
        while (close < m_text.size() && !isQuote(m_text.at(close)))
            ++close;
        if (close >= m_text.size())
            close = -1;
        if (close < 0)
            throw QueryError(u"Unclosed quote"_s, lexeme.position);
        lexeme.text = m_text.mid(m_pos + 1, close - m_pos - 1);
        m_pos = close + 1;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'*') {
            lexeme.prefix = true;
            ++m_pos;
        }
        lexeme.length = int(m_pos - lexeme.position);
        return lexeme;
    }

    void notice(const QString &message, int position)
    {
        if (!m_notices)
            return;
        for (const QueryNotice &existing : std::as_const(*m_notices))
            if (existing.message == message)
                return;
        m_notices->append({ message, position });
    }

    /// The raw value after a field's colon (and any spaces), up to white space or a closing parenthesis.
    QString rawValue(const Lexeme &field, int *position)
    {
        *position = int(m_pos);
        qsizetype end = m_pos;
        while (end < m_text.size() && !m_text.at(end).isSpace() && m_text.at(end) != u')')
            ++end;
        const QString value = m_text.mid(m_pos, end - m_pos);
        if (value.isEmpty())
            throw QueryError(u"%1: needs a value after the colon"_s.arg(field.text), field.position);
        m_pos = end;
        return value;
    }

    /// A field value that may be quoted to hold spaces: entity:"Xi Jinping".
    QString quotableValue(const Lexeme &field, int *position)
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
            return rawValue(field, position);
        *position = int(m_pos);
        const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
        if (close < 0)
            throw QueryError(u"Unclosed quote in %1:"_s.arg(field.text), int(m_pos));
        const QString value = m_text.mid(m_pos + 1, close - m_pos - 1).trimmed();
        if (value.isEmpty())
            throw QueryError(u"%1: needs a value inside the quotes"_s.arg(field.text), int(m_pos));
        m_pos = close + 1;
        return value;
    }

    static bool startsOperand(Lexeme::Kind kind)
    {
        switch (kind) {
        case Lexeme::Kind::Word:
        case Lexeme::Kind::Quoted:
        case Lexeme::Kind::LParen:
        case Lexeme::Kind::Not:
        case Lexeme::Kind::Minus:
        case Lexeme::Kind::NearGroup:
        case Lexeme::Kind::Field:
            return true;
        default:
            return false;
        }
    }

    [[noreturn]] void missingOperand(const Lexeme &op, const QString &name)
    {
        throw QueryError(u"%1 needs a search term after it"_s.arg(name), op.position);
    }

    // --- parsing ------------------------------------------------------------------------------------------

    QueryNode parseOr()
    {
        QueryNode first = parseAnd();
        if (peek().kind != Lexeme::Kind::Or)
            return first;
        QueryNode node;
        node.kind = QueryNode::Kind::Or;
        node.position = first.position;
        node.children.push_back(std::move(first));
        while (peek().kind == Lexeme::Kind::Or) {
            const Lexeme op = take();
            skipCommas();
            if (!startsOperand(peek().kind))
                missingOperand(op, u"OR"_s);
            node.children.push_back(parseAnd());
        }
        return node;
    }

    QueryNode parseAnd()
    {
        skipCommas();
        const Lexeme &start = peek();
        if (start.kind == Lexeme::Kind::And || start.kind == Lexeme::Kind::Or)
            throw QueryError(
                u"%1 needs a search term before it"_s.arg(start.kind == Lexeme::Kind::And ? u"AND"_s : u"OR"_s),
                start.position);
        if (start.kind == Lexeme::Kind::Near)
            throw QueryError(u"NEAR needs a search term before it"_s, start.position);
        if (start.kind == Lexeme::Kind::RParen)
            throw QueryError(start.position == 0 || m_depth == 0 ? u"')' has no matching '('"_s
                                                                 : u"Empty parentheses"_s,
                             start.position);
        if (start.kind == Lexeme::Kind::End)
            throw QueryError(u"The query ends where a search term should be"_s, start.position);
        QueryNode node;
        node.kind = QueryNode::Kind::And;
        node.position = start.position;
        node.children.push_back(parseUnary());
        while (true) {
            skipCommas();
            const Lexeme &next = peek();
            if (next.kind == Lexeme::Kind::And) {
                const Lexeme op = take();
                skipCommas();
                if (!startsOperand(peek().kind))
                    missingOperand(op, u"AND"_s);
                node.children.push_back(parseUnary());
            } else if (startsOperand(next.kind)) {
                node.children.push_back(parseUnary());
            } else if (next.kind == Lexeme::Kind::Near) {
                throw QueryError(u"NEAR joins only words and phrases"_s, next.position);
            } else {
                break;
            }
        }
        if (node.children.size() == 1)
            return std::move(node.children.front());
        return node;
    }

    QueryNode parseUnary()
    {
        const Lexeme &next = peek();
        if (next.kind == Lexeme::Kind::Not || next.kind == Lexeme::Kind::Minus) {
            const Lexeme op = take();
            if (!startsOperand(peek().kind) || peek().kind == Lexeme::Kind::Not || peek().kind == Lexeme::Kind::Minus)
                missingOperand(op, op.kind == Lexeme::Kind::Not ? u"NOT"_s : u"'-'"_s);
            QueryNode node;
            node.kind = QueryNode::Kind::Not;
            node.position = op.position;
            node.children.push_back(parseNear());
            return node;
        }
        return parseNear();
    }

    QueryNode parseNear()
    {
        QueryNode first = parsePrimary();
        if (peek().kind != Lexeme::Kind::Near)
            return first;
        QueryNode node;
        node.kind = QueryNode::Kind::Near;
        node.position = first.position;
        requireNearItem(first);
        node.children.push_back(std::move(first));
        bool distanceSet = false;
        while (peek().kind == Lexeme::Kind::Near) {
            const Lexeme op = take();
            if (distanceSet && op.distance != node.distance)
                throw QueryError(u"A chain of NEAR operators must use one distance; use NEAR(a b c, n)"_s, op.position);
            node.distance = op.distance;
            distanceSet = true;
            const Lexeme::Kind kind = peek().kind;
            if (kind != Lexeme::Kind::Word && kind != Lexeme::Kind::Quoted) {
                if (kind == Lexeme::Kind::End || kind == Lexeme::Kind::RParen)
                    missingOperand(op, u"NEAR"_s);
                throw QueryError(u"NEAR joins only words and phrases"_s, peek().position);
            }
            QueryNode item = parsePrimary();
            node.children.push_back(std::move(item));
        }
        return node;
    }

    void requireNearItem(const QueryNode &item)
    {
        if (item.kind != QueryNode::Kind::Term && item.kind != QueryNode::Kind::Phrase)
            throw QueryError(u"NEAR joins only words and phrases"_s, item.position);
    }

    QueryNode parsePrimary()
    {
        const Lexeme lexeme = take();
        switch (lexeme.kind) {
        case Lexeme::Kind::Word:
            return textNode(lexeme, QueryNode::Kind::Term);
        case Lexeme::Kind::Quoted:
            return textNode(lexeme, QueryNode::Kind::Phrase);
        case Lexeme::Kind::LParen: {
            skipCommas();
            if (peek().kind == Lexeme::Kind::RParen)
                throw QueryError(u"Empty parentheses"_s, lexeme.position);
            if (peek().kind == Lexeme::Kind::End)
                throw QueryError(u"Unclosed parenthesis"_s, lexeme.position);
            if (m_depth >= maxDepth)
                throw QueryError(u"Parentheses nested too deeply (at most %1 levels)"_s.arg(maxDepth), lexeme.position);
            ++m_depth;
            QueryNode inner = parseOr();
            --m_depth;
            skipCommas();
            if (peek().kind != Lexeme::Kind::RParen)
                throw QueryError(u"Unclosed parenthesis"_s, lexeme.position);
            take();
            return inner;
        }
        case Lexeme::Kind::NearGroup:
            return parseNearGroup(lexeme);
        case Lexeme::Kind::Field:
            return parseField(lexeme);
        case Lexeme::Kind::RParen:
            throw QueryError(u"')' has no matching '('"_s, lexeme.position);
        case Lexeme::Kind::End:
            throw QueryError(u"The query ends where a search term should be"_s, lexeme.position);
        default:
            throw QueryError(u"A search term is missing here"_s, lexeme.position);
        }
    }

    QueryNode parseNearGroup(const Lexeme &open)
    {
        QueryNode node;
        node.kind = QueryNode::Kind::Near;
        node.position = open.position;
        while (true) {
            const Lexeme &next = peek();
            if (next.kind == Lexeme::Kind::Word || next.kind == Lexeme::Kind::Quoted) {
                node.children.push_back(textNode(
                    take(), next.kind == Lexeme::Kind::Word ? QueryNode::Kind::Term : QueryNode::Kind::Phrase));
                continue;
            }
            if (next.kind == Lexeme::Kind::Comma) {
                take();
                const Lexeme distance = take();
                bool ok = false;
                node.distance = distance.kind == Lexeme::Kind::Word ? distance.text.toInt(&ok) : -1;
                if (!ok || node.distance < 0 || node.distance > 1000)
                    throw QueryError(u"NEAR(…, n) needs a distance from 0 to 1000"_s, distance.position);
                if (peek().kind != Lexeme::Kind::RParen)
                    throw QueryError(u"Unclosed NEAR( group"_s, open.position);
                take();
                break;
            }
            if (next.kind == Lexeme::Kind::RParen) {
                take();
                break;
            }
            if (next.kind == Lexeme::Kind::End)
                throw QueryError(u"Unclosed NEAR( group"_s, open.position);
            throw QueryError(u"NEAR( … ) holds only words and phrases"_s, next.position);
        }
        if (node.children.size() < 2)
            throw QueryError(u"NEAR( … ) needs at least two words or phrases"_s, open.position);
        return node;
    }

    QueryNode parseField(const Lexeme &field)
    {
        const QString &name = field.text;
        // `title: deepseek` is `title:deepseek`; nothing but a closing parenthesis or the end is no value.
        skipSpace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) == u')')
            throw QueryError(u"%1: needs a value after the colon"_s.arg(name), field.position);
        int columns = 0;
        if (name == u"title")
            columns = TitleColumn;
        else if (name == u"source")
            columns = SourceColumn;
        else if (name == u"author")
            columns = AuthorColumn;
        else if (name == u"text" || name == u"body")
            columns = TextColumn;
        if (columns) {
            const Lexeme::Kind kind = peek().kind;
            if (kind != Lexeme::Kind::Word && kind != Lexeme::Kind::Quoted && kind != Lexeme::Kind::LParen
                && kind != Lexeme::Kind::NearGroup)
                throw QueryError(u"%1: needs a word, a \"phrase\" or a (group) after the colon"_s.arg(name),
                                 field.position);
            QueryNode node;
            node.kind = QueryNode::Kind::Column;
            node.position = field.position;
            node.columns = columns;
            node.children.push_back(parsePrimary());
            return node;
        }
        if (name == u"lang" || name == u"language") {
            int position = 0;
            const QString value = rawValue(field, &position);
            for (const QChar c : value)
                if (!isAsciiLetter(c) && c != u'-')
                    throw QueryError(u"'%1' is not a language code; use one like en, zh or zh-Hans"_s.arg(value),
                                     position);
            QueryNode node;
            node.kind = QueryNode::Kind::Language;
            node.position = field.position;
            node.text = value;
            return node;
        }
        if (name == u"date" || name == u"after" || name == u"before")
            return parseDateField(field);
        if (name == u"entity") {
            int position = 0;
            const QString value = quotableValue(field, &position);
            const QString key = entityKey(value);
            if (key.isEmpty())
                throw QueryError(u"entity: needs a name, like entity:PipeChina or entity:\"Xi Jinping\""_s, position);
            QueryNode node;
            node.kind = QueryNode::Kind::Entity;
            node.position = field.position;
            node.text = key;
            return node;
        }
        if (name == u"tag" || name == u"note") {
            int position = 0;
            const QString value = quotableValue(field, &position).simplified();
            if (value.isEmpty())
                throw QueryError(u"%1: needs a value, like %1:claims or %1:\"follow up\""_s.arg(name), position);
            QueryNode node;
            node.kind = name == u"tag" ? QueryNode::Kind::Tag : QueryNode::Kind::Note;
            node.position = field.position;
            node.text = value;
            return node;
        }
        throw QueryError(u"Unknown field '%1:'; the fields are %2 (put the text in quotes to search for it)"_s.arg(
                             name, QueryParser::fieldList()),
                         field.position);
    }

    QueryNode parseDateField(const Lexeme &field)
    {
        int position = 0;
        const QString value = rawValue(field, &position);
        QueryNode node;
        node.kind = QueryNode::Kind::DateRange;
        node.position = field.position;
        auto date = [&](const QString &text, int at) {
            const auto parsed = parseQueryDate(text);
            if (!parsed)
                throw QueryError(u"Bad date '%1'; use 2025, 2025-03 or 2025-03-15"_s.arg(text), at);
            return *parsed;
        };
        if (field.text == u"after") {
            node.from = date(value, position).next;
        } else if (field.text == u"before") {
            node.before = date(value, position).start;
        } else {
            const qsizetype dots = value.indexOf(u".."_s);
            if (dots < 0) {
                const QueryDate day = date(value, position);
                node.from = day.start;
                node.before = day.next;
            } else {
                const QString first = value.left(dots);
                const QString last = value.mid(dots + 2);
                if (first.isEmpty() && last.isEmpty())
                    throw QueryError(u"A date range needs a start or an end, like 2025-01..2025-03"_s, position);
                if (!first.isEmpty())
                    node.from = date(first, position).start;
                if (!last.isEmpty())
                    node.before = date(last, position + int(dots) + 2).next;
                if (!first.isEmpty() && !last.isEmpty() && node.from >= node.before)
                    throw QueryError(u"The date range '%1' ends before it starts"_s.arg(value), position);
            }
        }
        return node;
    }

    QueryNode textNode(const Lexeme &lexeme, QueryNode::Kind kind)
    {
        if (++m_terms > maxTerms)
            throw QueryError(u"Too many search terms (at most %1)"_s.arg(maxTerms), lexeme.position);
        QueryNode node;
        node.kind = kind;
        node.position = lexeme.position;
        node.length = lexeme.length;
        node.text = lexeme.text;
        const QByteArray utf8 = lexeme.text.toUtf8();
        m_tokenizer.tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), SearchTokenizer::Purpose::Query,
                             [&](const SearchToken &token) {
                                 QueryToken item;
                                 item.text = QByteArray(token.text.data(), qsizetype(token.text.size()));
                                 if (SearchTokenizer::isStemmable(token.text))
                                     item.stem = token.stem.empty()
                                         ? item.text
                                         : QByteArray(token.stem.data(), qsizetype(token.stem.size()));
                                 item.cjkChar = token.kind == SearchToken::Kind::CjkUnigram;
                                 node.tokens.push_back(item);
                                 return true;
                             });
        if (node.tokens.empty()) {
            if (kind == QueryNode::Kind::Phrase)
                throw QueryError(u"The phrase has no letters or digits to search for"_s, lexeme.position);
            throw QueryError(u"'%1' has no letters or digits to search for"_s.arg(lexeme.text), lexeme.position);
        }
        // A lone CJK character is searched as the start of the bigrams it begins (and the run-final unigram);
        // elsewhere in a phrase it can only match a run-final character.
        for (size_t i = 0; i < node.tokens.size(); ++i) {
            QueryToken &token = node.tokens[i];
            const bool last = i + 1 == node.tokens.size();
            if (token.cjkChar)
                token.prefix = last;
            else if (last)
                token.prefix = lexeme.prefix;
        }
        if (node.tokens.size() > 1 || lexeme.prefix)
            for (QueryToken &token : node.tokens)
                token.stem.clear(); // implicit phrases and prefixes match exact forms
        if (kind == QueryNode::Kind::Phrase)
            for (QueryToken &token : node.tokens)
                token.stem.clear();
        return node;
    }

    const QString &m_text;
    SearchTokenizer &m_tokenizer;
    QList<QueryNotice> *m_notices = nullptr;
    qsizetype m_pos = 0;
    Lexeme m_lookahead;
    bool m_peeked = false;
    int m_depth = 0;
    int m_terms = 0;
    // Limits that keep a pasted wall of text from exhausting the stack or FTS5's expression depth (256).
    static constexpr int maxDepth = 16;
    static constexpr int maxTerms = 200;
};

} // namespace

QueryNode QueryParser::parse(const QString &text, SearchTokenizer &tokenizer, QList<QueryNotice> *notices)
{
    const QString folded = foldFullWidthSyntax(text);
    QList<QueryNotice> found;
    Parser parser(folded, tokenizer, &found);
    QueryNode root = parser.parseQuery();
    if (notices)
        notices->append(found);
    return root;
}

bool QueryParser::isField(const QString &name)
{
    static const QStringList fields
        = { u"title"_s, u"text"_s,  u"body"_s,   u"source"_s, u"author"_s, u"lang"_s, u"language"_s,
            u"date"_s,  u"after"_s, u"before"_s, u"entity"_s, u"tag"_s,    u"note"_s };
    return fields.contains(name);
}

QString QueryParser::fieldList()
{
    return u"title:, text:, source:, author:, lang:, date:, after:, before:, entity:"_s;
}

} // namespace casebook
