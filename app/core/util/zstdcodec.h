// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace casebook::Zstd {

/// zstd's level 3 (its default): on article originals and texts it compresses about as well as level 9 at a
/// fraction of the time, and it runs on the import workers, beside decoding and analysis.
constexpr int defaultLevel = 3;

/// One zstd frame holding `bytes`, with its size in the frame header (so decompress() needs no other record) and
/// a checksum of the content (so a damaged frame is found out rather than read back as other bytes). With a
/// `reference` (zstd's "prefix"), what `bytes` share with it is stored as references into it: decompress() then
/// needs the same reference.
QByteArray compress(QByteArrayView bytes, int level = defaultLevel, QByteArrayView reference = {});

/// The bytes a frame from compress() holds, given the reference it was made with (if any). Throws CasebookError,
/// saying what is wrong, when `frame` is not a whole, intact zstd frame or the reference is not the one it was made
/// with (the checksum then fails); callers add what the frame was.
QByteArray decompress(QByteArrayView frame, QByteArrayView reference = {});

} // namespace casebook::Zstd
