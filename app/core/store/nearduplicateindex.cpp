// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicateindex.h"

#include "duplicates/nearduplicatesignature.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QtEndian>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// A band key shared by very many articles (templated text) says little; looking past this many costs time.
constexpr int candidatesPerBand = 32;
/// Signatures compared in full per lookup, at most.
constexpr int candidatesCompared = 48;
/// Texts compared for containment per lookup, at most (those sharing the most anchors).
constexpr int containmentCandidates = 16;

using Ranked = std::vector<std::pair<int, qint64>>; // (-keys shared, article id)

/// Whether one text may be a partial copy of the other, judged before the texts are read: texts of about the
/// same length that are copies resemble each other enough for the signatures (containment 0.8 of the shorter
/// means a resemblance of 0.67 when both are as long), and a shorter text mostly contained in a longer one makes
/// their resemblance at least what its share of the longer allows (less the signature's noise).
bool mayContain(double chars, double otherChars, double similarity)
{
    const double ratio = std::min(chars, otherChars) / std::max({ chars, otherChars, 1.0 });
    if (ratio > 0.75)
        return false;
    const double c = NearDuplicateSignature::containmentThreshold;
    const double leastSimilarity = c * ratio / (1 + ratio - c * ratio);
    return similarity >= leastSimilarity - 0.1;
}

Ranked mostShared(const QHash<qint64, int> &shared, int limit)
{
    Ranked ranked;
    ranked.reserve(size_t(shared.size()));
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        ranked.emplace_back(-it.value(), it.key());
    const size_t kept = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(kept), ranked.end());
    ranked.resize(kept);
    return ranked;
}
} // namespace

NearDuplicateIndex::NearDuplicateIndex(SqliteDatabase &db)
    : m_probe(db.prepare(
        u"SELECT article_id FROM article_signature_keys_all WHERE key = ?1 AND article_id > ?2 LIMIT %1"_s.arg(
            candidatesPerBand)))
    , m_load(db.prepare(u"SELECT s.minhash, COALESCE(a.duplicate_of, a.id), a.chars FROM article_signatures s "
                        u"JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?1"_s))
    , m_loadText(db.prepare(u"SELECT text FROM article_texts WHERE id = ?1"_s))
    , m_insertSignature(
          db.prepare(u"INSERT OR REPLACE INTO article_signatures (article_id, minhash, keys) VALUES (?1, ?2, ?3)"_s))
    , m_insertKey(
          db.prepare(u"INSERT OR IGNORE INTO article_signature_keys_recent (key, article_id) VALUES (?1, ?2)"_s))
    , m_listedKeys(db.prepare(u"SELECT keys FROM article_signatures WHERE article_id = ?1"_s))
    , m_db(db)
{ }

void NearDuplicateIndex::replace(qint64 articleId, const Keys &keys)
{
    removeKeys(articleId);
    auto remove = m_db.prepare(u"DELETE FROM article_signatures WHERE article_id = ?1"_s);
    remove.bind(1, articleId);
    remove.exec();
    add(articleId, keys);
}

QByteArray NearDuplicateIndex::packKeys(const QList<qint64> &keys)
{
    QByteArray packed(keys.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < keys.size(); ++i)
        qToLittleEndian(quint32(keys[i]), packed.data() + i * 4);
    return packed;
}

QList<qint64> NearDuplicateIndex::unpackKeys(const QByteArray &packed)
{
    QList<qint64> keys;
    keys.reserve(packed.size() / 4);
    for (qsizetype i = 0; i + 4 <= packed.size(); i += 4)
        keys.append(qint64(qFromLittleEndian<quint32>(packed.constData() + i)));
    return keys;
}

void NearDuplicateIndex::removeKeys(qint64 articleId)
{
    m_listedKeys.bind(1, articleId);
    const QList<qint64> keys = m_listedKeys.step() ? unpackKeys(m_listedKeys.blob(0)) : QList<qint64>();
    m_listedKeys.reset();
    auto remove = m_db.prepare(u"DELETE FROM article_signature_keys WHERE key = ?1 AND article_id = ?2"_s);
    auto removeRecent = m_db.prepare(u"DELETE FROM article_signature_keys_recent WHERE key = ?1 AND article_id = ?2"_s);
    for (const qint64 key : keys)
        for (SqliteStatement *statement : { &remove, &removeRecent }) {
            statement->bind(1, key).bind(2, articleId);
            statement->exec();
            statement->reset();
        }
}

qint64 NearDuplicateIndex::recentKeys() const
{
    return m_db.scalar(u"SELECT count(*) FROM article_signature_keys_recent"_s);
}

void NearDuplicateIndex::mergeRecentKeys()
{
    // The small table is read in its key order, so the large one takes the keys leaf page by leaf page.
    m_db.exec(u"INSERT OR IGNORE INTO article_signature_keys (key, article_id) "
              u"SELECT key, article_id FROM article_signature_keys_recent ORDER BY key, article_id; "
              u"DELETE FROM article_signature_keys_recent"_s);
}

void NearDuplicateIndex::restoreKeys(qint64 articleId)
{
    m_listedKeys.bind(1, articleId);
    const QList<qint64> keys = m_listedKeys.step() ? unpackKeys(m_listedKeys.blob(0)) : QList<qint64>();
    m_listedKeys.reset();
    for (const qint64 key : keys) {
        m_insertKey.bind(1, key).bind(2, articleId);
        m_insertKey.exec();
        m_insertKey.reset();
    }
    m_keysWritten += keys.size();
}

qint64 NearDuplicateIndex::findOriginal(const Keys &keys, QStringView text, qint64 afterId)
{
    const QList<qint64> bands = NearDuplicateSignature::bandKeys(keys.signature);
    if (bands.isEmpty())
        return 0;
    auto probe = [this, afterId](const QList<qint64> &probeKeys) {
        QHash<qint64, int> shared;
        for (const qint64 key : probeKeys) {
            m_probe.bind(1, key).bind(2, afterId);
            while (m_probe.step())
                ++shared[m_probe.int64(0)];
            m_probe.reset();
        }
        return shared;
    };
    return originalAmong({ probe(bands), probe(keys.anchors) }, keys, text);
}

qint64 NearDuplicateIndex::originalAmong(const SharedKeys &candidates, const Keys &keys, QStringView text)
{
    if (keys.signature.isEmpty() || (candidates.bands.isEmpty() && candidates.anchors.isEmpty()))
        return 0;
    // Candidates sharing more keys are likelier copies; templated texts can share keys with very many
    // articles, so only the most promising few are compared.
    const Ranked byBands = mostShared(candidates.bands, candidatesCompared);
    const Ranked byAnchors = mostShared(candidates.anchors, containmentCandidates);

    qint64 original = 0;
    auto consider = [&](qint64 candidate, bool checkContainment) {
        m_load.bind(1, candidate);
        if (m_load.step()) {
            const qint64 root = m_load.int64(1);
            const double similarity = NearDuplicateSignature::similarity(keys.signature, m_load.blob(0));
            bool copy = similarity >= NearDuplicateSignature::duplicateThreshold;
            if (!copy && checkContainment && (original == 0 || root < original)
                && mayContain(double(text.size()), double(m_load.int64(2)), similarity)) {
                m_loadText.bind(1, candidate);
                copy = m_loadText.step()
                    && NearDuplicateSignature::containment(text, m_loadText.text(0))
                        >= NearDuplicateSignature::containmentThreshold;
                m_loadText.reset();
            }
            if (copy && (original == 0 || root < original))
                original = root;
        }
        m_load.reset();
    };
    for (const auto &[shared, candidate] : byBands) {
        Q_UNUSED(shared)
        consider(candidate, false);
    }
    // Anchors are shared by partial copies, and also by different articles quoting the same sentence: only the
    // share of the shorter text found in the longer tells them apart.
    for (const auto &[shared, candidate] : byAnchors) {
        Q_UNUSED(shared)
        consider(candidate, true);
    }
    return original;
}

qint64 NearDuplicateIndex::rootOf(qint64 articleId)
{
    m_load.bind(1, articleId);
    const qint64 root = m_load.step() ? m_load.int64(1) : 0;
    m_load.reset();
    return root;
}

QList<qint64> NearDuplicateIndex::add(qint64 articleId, const Keys &keys)
{
    const QList<qint64> indexedBy = addSignature(articleId, keys);
    std::vector<std::pair<qint64, qint64>> pairs;
    pairs.reserve(size_t(indexedBy.size()));
    for (const qint64 key : indexedBy)
        pairs.emplace_back(key, articleId);
    addKeys(std::move(pairs));
    return indexedBy;
}

QList<qint64> NearDuplicateIndex::addSignature(qint64 articleId, const Keys &keys)
{
    if (keys.signature.isEmpty())
        return {};
    QList<qint64> all = NearDuplicateSignature::bandKeys(keys.signature) + keys.anchors;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    m_insertSignature.bind(1, articleId).bind(2, keys.signature).bind(3, packKeys(all));
    m_insertSignature.exec();
    return all;
}

void NearDuplicateIndex::addKeys(std::vector<std::pair<qint64, qint64>> keys)
{
    std::sort(keys.begin(), keys.end());
    for (const auto &[key, articleId] : keys) {
        m_insertKey.bind(1, key).bind(2, articleId);
        m_insertKey.exec();
        m_insertKey.reset();
    }
    m_keysWritten += qint64(keys.size());
}

RecentNearDuplicateKeys::RecentNearDuplicateKeys(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{ }

void RecentNearDuplicateKeys::startAfter(qint64 lastId)
{
    forget();
    m_started = true;
    m_startedAfter = lastId;
    m_lastId = lastId;
}

void RecentNearDuplicateKeys::forget()
{
    m_started = false;
    m_startedAfter = 0;
    m_lastId = 0;
    m_articles.clear();
    m_articlesByKey.clear();
}

void RecentNearDuplicateKeys::add(qint64 articleId, const QList<qint64> &keys)
{
    if (!m_started)
        return;
    while (qsizetype(m_articles.size()) >= m_capacity) {
        const auto &[oldest, oldestKeys] = m_articles.front();
        for (const qint64 key : oldestKeys) {
            auto [from, to] = m_articlesByKey.equal_range(key);
            for (auto it = from; it != to; ++it)
                if (it->second == oldest) {
                    m_articlesByKey.erase(it);
                    break;
                }
        }
        m_startedAfter = oldest; // every article after it is still here
        m_articles.pop_front();
    }
    for (const qint64 key : keys)
        m_articlesByKey.emplace(key, articleId);
    m_articles.emplace_back(articleId, keys);
    m_lastId = articleId;
}

QHash<qint64, int> RecentNearDuplicateKeys::sharing(const QList<qint64> &keys, qint64 afterId) const
{
    QHash<qint64, int> shared;
    for (const qint64 key : keys) {
        auto [from, to] = m_articlesByKey.equal_range(key);
        for (auto it = from; it != to; ++it)
            if (it->second > afterId)
                ++shared[it->second];
    }
    return shared;
}

NearDuplicateIndex::SharedKeys RecentNearDuplicateKeys::shared(const NearDuplicateIndex::Keys &keys,
                                                               qint64 afterId) const
{
    if (m_articlesByKey.empty() || keys.signature.isEmpty())
        return {};
    return { sharing(NearDuplicateSignature::bandKeys(keys.signature), afterId), sharing(keys.anchors, afterId) };
}

} // namespace casebook
