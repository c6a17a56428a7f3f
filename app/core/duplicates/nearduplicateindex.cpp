// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicateindex.h"

#include "nearduplicatesignature.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// A band key shared by very many articles (templated text) says little; looking past this many costs time.
constexpr int candidatesPerBand = 32;
/// Signatures compared in full per lookup, at most.
constexpr int candidatesCompared = 48;
} // namespace

NearDuplicateIndex::NearDuplicateIndex(SqliteDatabase &db)
    : m_probe(db.prepare(
        u"SELECT article_id FROM article_signature_bands WHERE band_key = ?1 LIMIT %1"_s.arg(candidatesPerBand)))
    , m_load(db.prepare(u"SELECT s.minhash, COALESCE(a.duplicate_of, a.id) FROM article_signatures s "
                        u"JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?1"_s))
    , m_insertSignature(
          db.prepare(u"INSERT OR REPLACE INTO article_signatures (article_id, minhash) VALUES (?1, ?2)"_s))
    , m_insertBand(
          db.prepare(u"INSERT OR IGNORE INTO article_signature_bands (band_key, article_id) VALUES (?1, ?2)"_s))
    , m_db(db)
{ }

void NearDuplicateIndex::replace(qint64 articleId, const QByteArray &signature)
{
    for (const QString &table : { u"article_signature_bands"_s, u"article_signatures"_s }) {
        auto remove = m_db.prepare(u"DELETE FROM %1 WHERE article_id = ?1"_s.arg(table));
        remove.bind(1, articleId);
        remove.exec();
    }
    add(articleId, signature);
}

qint64 NearDuplicateIndex::findOriginal(const QByteArray &signature)
{
    const QList<qint64> keys = NearDuplicateSignature::bandKeys(signature);
    if (keys.isEmpty())
        return 0;
    // Candidates sharing more bands are likelier duplicates; templated texts can share bands with very many
    // articles, so only the most promising few are compared in full.
    QHash<qint64, int> bandsShared;
    for (const qint64 key : keys) {
        m_probe.bind(1, key);
        while (m_probe.step())
            ++bandsShared[m_probe.int64(0)];
        m_probe.reset();
    }
    if (bandsShared.isEmpty())
        return 0;
    std::vector<std::pair<int, qint64>> candidates;
    candidates.reserve(size_t(bandsShared.size()));
    for (auto it = bandsShared.cbegin(); it != bandsShared.cend(); ++it)
        candidates.emplace_back(-it.value(), it.key());
    const size_t compared = std::min(candidates.size(), size_t(candidatesCompared));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(compared), candidates.end());
    candidates.resize(compared);
    qint64 original = 0;
    for (const auto &[shared, candidate] : candidates) {
        Q_UNUSED(shared)
        m_load.bind(1, candidate);
        if (m_load.step()
            && NearDuplicateSignature::similarity(signature, m_load.blob(0))
                >= NearDuplicateSignature::duplicateThreshold) {
            const qint64 root = m_load.int64(1);
            if (original == 0 || root < original)
                original = root;
        }
        m_load.reset();
    }
    return original;
}

void NearDuplicateIndex::add(qint64 articleId, const QByteArray &signature)
{
    if (signature.isEmpty())
        return;
    m_insertSignature.bind(1, articleId).bind(2, signature);
    m_insertSignature.exec();
    for (const qint64 key : NearDuplicateSignature::bandKeys(signature)) {
        m_insertBand.bind(1, key).bind(2, articleId);
        m_insertBand.exec();
        m_insertBand.reset();
    }
}

} // namespace casebook
