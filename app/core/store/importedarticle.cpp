// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedarticle.h"

#include <QCryptographicHash>

namespace casebook {

void ImportedArticle::computeHashes()
{
    if (fileHash.isEmpty())
        fileHash = QCryptographicHash::hash(original, QCryptographicHash::Sha256);
    if (contentHash.isEmpty())
        contentHash = normalisedTextHash(text);
}

QByteArray normalisedTextHash(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        folded.append(c.toCaseFolded());
    }
    return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(folded.utf16()), folded.size() * 2),
                                    QCryptographicHash::Sha256);
}

} // namespace casebook
