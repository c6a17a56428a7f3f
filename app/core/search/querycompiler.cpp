// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycompiler.h"

#include "queryerror.h"
#include "searchtokenizer.h"

#include <QStringList>
#include <optional>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString quoted(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

QString columnSpec(int columns)
{
    if (columns == AllColumns)
        return {};
    QStringList names;
    if (columns & TitleColumn)
        names << u"title"_s;
    if (columns & TextColumn)
        names << u"text"_s;
    if (columns & SourceColumn)
        names << u"source"_s;
    if (columns & AuthorColumn)
        names << u"author"_s;
    return u"{"_s + names.join(u' ') + u"} : "_s;
}

/// The exact tokens of a Term or Phrase as one FTS5 phrase: "a b c" or "a b c"*.
QString exactPhrase(const QueryNode &node)
{
    QStringList tokens;
    for (const QueryToken &token : node.tokens)
        tokens << QString::fromUtf8(token.text);
    QString phrase = quoted(tokens.join(u' ').toUtf8());
    if (!node.tokens.empty() && node.tokens.back().prefix)
        phrase += u'*';
    return phrase;
}

class Compiler
{
public:
    CompiledQuery compile(const QueryNode &root)
    {
        std::vector<const QueryNode *> conjuncts;
        if (root.kind == QueryNode::Kind::And)
            for (const QueryNode &child : root.children)
                conjuncts.push_back(&child);
        else
            conjuncts.push_back(&root);

        QStringList positive;
        QStringList negative;
        QStringList conditions;
        for (const QueryNode *node : conjuncts) {
            if (auto fts = ftsPositive(*node, AllColumns)) {
                positive << *fts;
            } else if (node->kind == QueryNode::Kind::Not) {
                if (auto inner = ftsPositive(node->children.front(), AllColumns))
                    negative << *inner;
                else
                    conditions << sqlCondition(*node, AllColumns);
            } else {
                conditions << sqlCondition(*node, AllColumns);
            }
        }
        CompiledQuery result;
        if (!positive.isEmpty()) {
            result.match = positive.size() == 1 ? positive.first() : u'(' + positive.join(u") AND ("_s) + u')';
            // One NOT over an OR of the exclusions: FTS5's parser has a small stack, so a chain of NOTs would
            // overflow it long before a flat OR does.
            if (!negative.isEmpty())
                result.match = u'(' + result.match + u") NOT ("_s + negative.join(u" OR "_s) + u')';
        } else if (!negative.isEmpty()) {
            conditions << u"a.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH %1)"_s.arg(
                parameter(u'(' + negative.join(u") OR ("_s) + u')'));
        }
        result.where = conditions.join(u" AND "_s);
        result.parameters = m_parameters;
        return result;
    }

private:
    QString parameter(const QString &value)
    {
        m_parameters << value;
        return u"?%1"_s.arg(QueryCompiler::firstParameter + m_parameters.size() - 1);
    }

    /// The node as a positive FTS5 expression, or nullopt when it holds filters or only negations.
    std::optional<QString> ftsPositive(const QueryNode &node, int columns)
    {
        const QString spec = columnSpec(columns);
        switch (node.kind) {
        case QueryNode::Kind::Term:
            if (node.tokens.size() == 1 && !node.tokens.front().stem.isEmpty()) {
                const QByteArray &stem = node.tokens.front().stem;
                return u'(' + spec + quoted(stem) + u" OR "_s + spec
                    + quoted(QByteArray(1, SearchTokenizer::stemMarker) + stem) + u')';
            }
            return spec + exactPhrase(node);
        case QueryNode::Kind::Phrase:
            return spec + exactPhrase(node);
        case QueryNode::Kind::Near: {
            QStringList phrases;
            for (const QueryNode &child : node.children)
                phrases << exactPhrase(child);
            return spec + u"NEAR("_s + phrases.join(u' ') + u", "_s + QString::number(node.distance) + u')';
        }
        case QueryNode::Kind::Column:
            return ftsPositive(node.children.front(), columns & node.columns);
        case QueryNode::Kind::Or: {
            QStringList parts;
            for (const QueryNode &child : node.children) {
                auto part = ftsPositive(child, columns);
                if (!part)
                    return std::nullopt;
                parts << *part;
            }
            return u'(' + parts.join(u" OR "_s) + u')';
        }
        case QueryNode::Kind::And: {
            QStringList positive;
            QStringList negative;
            for (const QueryNode &child : node.children) {
                if (child.kind == QueryNode::Kind::Not) {
                    auto part = ftsPositive(child.children.front(), columns);
                    if (!part)
                        return std::nullopt;
                    negative << *part;
                } else {
                    auto part = ftsPositive(child, columns);
                    if (!part)
                        return std::nullopt;
                    positive << *part;
                }
            }
            if (positive.isEmpty())
                return std::nullopt;
            QString expression = u'(' + positive.join(u" AND "_s) + u')';
            if (!negative.isEmpty())
                expression = u'(' + expression + u" NOT ("_s + negative.join(u" OR "_s) + u"))"_s;
            return expression;
        }
        case QueryNode::Kind::Not:
        case QueryNode::Kind::Language:
        case QueryNode::Kind::DateRange:
        case QueryNode::Kind::Entity:
        case QueryNode::Kind::Tag:
        case QueryNode::Kind::Note:
            return std::nullopt;
        }
        return std::nullopt;
    }

    QString sqlCondition(const QueryNode &node, int columns)
    {
        if (auto fts = ftsPositive(node, columns))
            return u"a.id IN (SELECT rowid FROM search_index WHERE search_index MATCH %1)"_s.arg(parameter(*fts));
        switch (node.kind) {
        case QueryNode::Kind::Language: {
            const QString exact = parameter(node.text);
            const QString variant = parameter(node.text + u"-%"_s);
            return u"(a.language = %1 COLLATE NOCASE OR a.language LIKE %2)"_s.arg(exact, variant);
        }
        case QueryNode::Kind::DateRange: {
            QStringList parts;
            if (!node.from.isEmpty())
                parts << u"COALESCE(a.published, '') >= %1"_s.arg(parameter(node.from));
            if (!node.before.isEmpty())
                parts << u"COALESCE(a.published, '') < %1"_s.arg(parameter(node.before));
            return u'(' + parts.join(u" AND "_s) + u')';
        }
        case QueryNode::Kind::Entity: {
            // The entity named so, or the entity that has this name among its aliases (after analyst decisions).
            const QString key = parameter(node.text);
            return u"a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN "
                   u"(SELECT e.id FROM entities e WHERE e.key = %1 "
                   u"UNION SELECT al.entity_id FROM entity_aliases al WHERE al.alias_key = %1))"_s.arg(key);
        }
        case QueryNode::Kind::Tag:
            return u"a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags x ON x.annotation_id = n.id "
                   u"JOIN tags t ON t.id = x.tag_id WHERE t.name = %1)"_s.arg(parameter(node.text));
        case QueryNode::Kind::Note: {
            // LIKE's wildcards in the word itself are matched as themselves.
            QString pattern = node.text;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            return u"a.id IN (SELECT n.article_id FROM annotations n WHERE n.note LIKE %1 ESCAPE '\\')"_s.arg(
                parameter(u'%' + pattern + u'%'));
        }
        case QueryNode::Kind::Not:
            return u"NOT "_s + sqlCondition(node.children.front(), columns);
        case QueryNode::Kind::And:
        case QueryNode::Kind::Or: {
            QStringList parts;
            for (const QueryNode &child : node.children)
                parts << sqlCondition(child, columns);
            return u'(' + parts.join(node.kind == QueryNode::Kind::And ? u" AND "_s : u" OR "_s) + u')';
        }
        case QueryNode::Kind::Column:
            if (node.children.front().kind == QueryNode::Kind::Language
                || node.children.front().kind == QueryNode::Kind::DateRange
                || node.children.front().kind == QueryNode::Kind::Entity
                || node.children.front().kind == QueryNode::Kind::Tag
                || node.children.front().kind == QueryNode::Kind::Note)
                throw QueryError(u"A field like title: applies to words and phrases, not to lang: or dates"_s,
                                 node.position);
            return sqlCondition(node.children.front(), columns & node.columns);
        case QueryNode::Kind::Term:
        case QueryNode::Kind::Phrase:
        case QueryNode::Kind::Near:
            break;
        }
        throw QueryError(u"This part of the query cannot be searched"_s, node.position);
    }

    QStringList m_parameters;
};

} // namespace

CompiledQuery QueryCompiler::compile(const QueryNode &root)
{
    Compiler compiler;
    return compiler.compile(root);
}

} // namespace casebook
