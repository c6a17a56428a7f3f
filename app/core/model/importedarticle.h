// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// What an import worker found of an article's near-duplicates among the articles committed when it looked
/// (CasebookStore::probeNearDuplicates), so that the writer only looks among the articles added since.
struct NearDuplicateProbe
{
    qint64 original = 0; ///< the first copy among those articles; 0: none
    qint64 seenUpTo = -1; ///< the highest article id the worker saw; -1: not probed (the writer looks everywhere)
};

/// What an importer hands to the store: one article read from one file, not yet in a casebook.
struct ImportedArticle
{
    QString path;
    QString format; ///< "text", "html", "pdf", "image"
    QString encoding; ///< the character encoding the bytes were decoded from
    QString text; ///< cleaned text; paragraphs separated by a blank line
    QByteArray original;
    QDateTime fileTime;
    ArticleMetadata meta;
    /// Where each page of a PDF or scan starts in `text`, and how it was read; empty for other formats.
    QList<ArticlePage> pages;
    /// What the import report should say about this file though it was imported (an encoding chosen among
    /// several plausible ones). Not stored with the article.
    QStringList notices;

    /// Hash of the original bytes: the same file imported twice is a no-op.
    QByteArray fileHash;
    /// Hash of the normalised text: the same article in another file or encoding.
    QByteArray contentHash;
    /// MinHash of the text (NearDuplicateSignature): the same article reposted with small changes.
    QByteArray nearDuplicateSignature;
    /// Anchor keys of the text (NearDuplicateSignature::anchorKeys): a partial copy of it, or the whole of it.
    QList<qint64> containmentAnchors;
    /// `original` as one zstd frame made with `text` as its reference, as the casebook keeps it; made on the import
    /// worker (StoredText::compressOriginal), or by the store when empty.
    QByteArray compressedOriginal;
    /// `text` as the casebook keeps it (StoredText::compress: a zstd frame of its UTF-8); made on the import worker,
    /// or by the store when empty.
    QByteArray compressedText;
    /// The full-text index's tokens of title, text, source and author (IndexTokens::make), made on the import
    /// worker so the writer does not tokenize; empty: the writer tokenizes. Not stored.
    QByteArray indexTokens;
    /// Filled by the import worker; not stored.
    NearDuplicateProbe nearDuplicateProbe;

    /// Fills the hashes and the signature; importers' callers run it on the worker thread so the writer only writes.
    void computeHashes();
};

/// Hash of text after folding case and white space, so copies that differ only in layout hash alike.
QByteArray normalisedTextHash(const QString &text);

} // namespace casebook
