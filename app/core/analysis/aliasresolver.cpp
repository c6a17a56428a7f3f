// SPDX-License-Identifier: GPL-3.0-or-later
#include "aliasresolver.h"

#include "tokenizer.h"
#include "util/unicodescript.h"

#include <QHash>
#include <QRegularExpression>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook::AliasResolver {

namespace {

class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

QString mentionKey(const EntityMention &m)
{
    return entityKey(m.canonical.isEmpty() ? m.text : m.canonical);
}

bool isAcronym(const QString &text)
{
    if (text.size() < 2 || text.size() > 8)
        return false;
    int upper = 0;
    for (const QChar c : text) {
        if (c.isUpper())
            ++upper;
        else if (!c.isLower() && !c.isDigit() && c != u'&')
            return false;
    }
    return upper >= 2 && upper * 2 >= text.size();
}

} // namespace

QString initials(const QString &name)
{
    QString result;
    QStringList words;
    QString current;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'-') {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        words.append(current);
    for (const QString &w : words) {
        const QString l = w.toLower();
        if (l == u"of" || l == u"and" || l == u"the" || l == u"for" || l == u"&" || l == u"on" || l == u"in")
            continue;
        if (w[0].isUpper())
            result += w[0];
    }
    return result;
}

void resolve(const ExtractedEntities &extracted, ArticleAnalysis &out)
{
    out.mentions = extracted.mentions;
    const int n = int(out.mentions.size());
    UnionFind sets(n);
    QList<QString> keys(n);
    QHash<QString, int> firstByKey;
    for (int i = 0; i < n; ++i) {
        keys[i] = entityTypeName(out.mentions[i].type) + u'\t' + mentionKey(out.mentions[i]);
        const auto it = firstByKey.constFind(keys[i]);
        if (it != firstByKey.cend())
            sets.unite(i, *it);
        else
            firstByKey.insert(keys[i], i);
    }
    for (const AliasLink &link : extracted.links)
        sets.unite(link.shortMention, link.longMention);

    // a person's single name joins the full name it is part of, the nearest before it if there are several
    for (int i = 0; i < n; ++i) {
        const EntityMention &m = out.mentions[i];
        if (m.type != EntityType::Person || m.text.contains(u' ') || unicode::isHan(m.text[0].unicode()))
            continue;
        int best = -1;
        for (int j = 0; j < n; ++j) {
            const EntityMention &full = out.mentions[j];
            if (full.type != EntityType::Person || !full.text.contains(u' '))
                continue;
            const QStringList parts = full.text.split(u' ', Qt::SkipEmptyParts);
            if (parts.first() != m.text && parts.last() != m.text)
                continue;
            if (best < 0 || (j < i && (best > i || j > best)))
                best = j;
        }
        if (best >= 0)
            sets.unite(i, best);
    }

    // an acronym joins the organisation whose initials it spells (each name's initials spelt once: an article can
    // hold hundreds of organisation mentions)
    std::vector<std::pair<QString, QString>> spelt(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j) {
        const EntityMention &full = out.mentions[j];
        if (full.type == EntityType::Organisation && full.text.contains(u' '))
            spelt[size_t(j)] = { initials(full.text), initials(full.canonical) };
    }
    for (int i = 0; i < n; ++i) {
        const EntityMention &m = out.mentions[i];
        if (m.type != EntityType::Organisation || !isAcronym(m.text))
            continue;
        const QString acronym = m.text.toUpper();
        for (int j = 0; j < n; ++j) {
            const EntityMention &full = out.mentions[j];
            if (j == i || full.type != EntityType::Organisation || !full.text.contains(u' '))
                continue;
            if (spelt[size_t(j)].first == acronym || spelt[size_t(j)].second == acronym) {
                sets.unite(i, j);
                break;
            }
        }
    }

    // one entity per set: the gazetteer's name if any, otherwise the longest name
    QHash<int, int> entityOfRoot;
    for (int i = 0; i < n; ++i) {
        const int root = sets.find(i);
        auto it = entityOfRoot.find(root);
        if (it == entityOfRoot.end()) {
            it = entityOfRoot.insert(root, int(out.entities.size()));
            out.entities.append(LocalEntity {});
        }
        out.mentions[i].entity = *it;
    }
    for (int e = 0; e < out.entities.size(); ++e) {
        LocalEntity &entity = out.entities[e];
        QString gazetteerName;
        QString longest;
        QHash<EntityType, int> typeVotes;
        for (const EntityMention &m : std::as_const(out.mentions)) {
            if (m.entity != e)
                continue;
            if (!m.canonical.isEmpty() && gazetteerName.isEmpty()) {
                gazetteerName = m.canonical;
                entity.type = m.type;
                typeVotes[m.type] += 1000;
            }
            typeVotes[m.type] += m.text.contains(u' ') ? 2 : 1;
            if (m.text.size() > longest.size() && !isAcronym(m.text))
                longest = m.text;
            if (!entity.aliases.contains(m.text))
                entity.aliases.append(m.text);
        }
        if (longest.isEmpty())
            longest = entity.aliases.first();
        entity.name = gazetteerName.isEmpty() ? longest : gazetteerName;
        entity.key = entityKey(entity.name);
        int bestVotes = -1;
        for (auto it = typeVotes.cbegin(); it != typeVotes.cend(); ++it)
            if (it.value() > bestVotes) {
                bestVotes = it.value();
                entity.type = it.key();
            }
    }
    for (EntityMention &m : out.mentions)
        m.type = out.entities[m.entity].type;
}

} // namespace casebook::AliasResolver
