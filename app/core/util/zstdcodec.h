// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace casebook::Zstd {

/// zstd's level 3 (its default): on article originals and texts it compresses about as well as level 9 at a
/// fraction of the time, and it runs on the import workers, beside decoding and analysis.
constexpr int defaultLevel = 3;

/// One zstd frame holding `bytes`, with its size in the frame header (so decompress() needs no other record) and
/// a checksum of the content (so a damaged frame is found out rather than read back as other bytes).
QByteArray compress(QByteArrayView bytes, int level = defaultLevel);

/// The bytes a frame from compress() holds. Throws CasebookError, saying what is wrong with it, when `frame` is not
/// a whole, intact zstd frame; callers add what the frame was.
QByteArray decompress(QByteArrayView frame);

} // namespace casebook::Zstd
