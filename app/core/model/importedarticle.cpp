// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedarticle.h"

#include "duplicates/nearduplicatesignature.h"

#include <QCryptographicHash>
#include <vector>

namespace casebook {

void ImportedArticle::computeHashes()
{
    if (fileHash.isEmpty())
        fileHash = QCryptographicHash::hash(original, QCryptographicHash::Blake2b_256);
    if (contentHash.isEmpty())
        contentHash = normalisedTextHash(text);
    if (nearDuplicateSignature.isEmpty())
        nearDuplicateSignature = NearDuplicateSignature::compute(text);
    if (containmentAnchors.isEmpty())
        containmentAnchors = NearDuplicateSignature::anchorKeys(text);
}

QByteArray normalisedTextHash(const QString &text)
{
    // Fold into a plain buffer: this runs for every imported article, and QString::append per character costs
    // more than the hash itself. Blake2b is several times faster than SHA-256 in Qt and just as collision-free
    // for telling articles apart.
    std::vector<char16_t> folded(size_t(text.size()));
    size_t length = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            folded[length++] = u' ';
            pendingSpace = false;
        }
        folded[length++] = c.toCaseFolded().unicode();
    }
    return QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(folded.data()), qsizetype(length * 2)),
        QCryptographicHash::Blake2b_256);
}

} // namespace casebook
