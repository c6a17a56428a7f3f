// SPDX-License-Identifier: GPL-3.0-or-later
#include "zstdcodec.h"

#include "casebookerror.h"

#include <zstd.h>

using namespace Qt::StringLiterals;

namespace casebook::Zstd {

QByteArray compress(QByteArrayView bytes, int level)
{
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress(frame.data(), size_t(frame.size()), bytes.data(), size_t(bytes.size()), level);
    if (ZSTD_isError(written))
        throw CasebookError(
            u"Cannot compress %1 bytes: %2"_s.arg(bytes.size()).arg(QString::fromUtf8(ZSTD_getErrorName(written))));
    frame.truncate(qsizetype(written));
    return frame;
}

QByteArray decompress(QByteArrayView frame)
{
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 40))
        throw CasebookError(u"A stored original is damaged: it is not a zstd frame of known size."_s);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress(bytes.data(), size_t(bytes.size()), frame.data(), size_t(frame.size()));
    if (ZSTD_isError(read) || read != size)
        throw CasebookError(u"A stored original is damaged: %1"_s.arg(
            QString::fromUtf8(ZSTD_isError(read) ? ZSTD_getErrorName(read) : "it is shorter than its header says")));
    return bytes;
}

} // namespace casebook::Zstd
