// SPDX-License-Identifier: GPL-3.0-or-later
#include "zstdcodec.h"

#include "casebookerror.h"

#include <memory>
#include <zstd.h>

using namespace Qt::StringLiterals;

namespace casebook::Zstd {

namespace {
struct ContextDeleter
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};
} // namespace

QByteArray compress(QByteArrayView bytes, int level, QByteArrayView reference)
{
    // One context per thread, reused: creating one per article costs more than compressing a short text.
    thread_local const std::unique_ptr<ZSTD_CCtx, ContextDeleter> context(ZSTD_createCCtx());
    if (!context)
        throw CasebookError(u"Cannot compress %1 bytes: out of memory"_s.arg(bytes.size()));
    ZSTD_CCtx_reset(context.get(), ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1);
    if (!reference.isEmpty())
        ZSTD_CCtx_refPrefix(context.get(), reference.data(), size_t(reference.size())); // for this frame only
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t written
        = ZSTD_compress2(context.get(), frame.data(), size_t(frame.size()), bytes.data(), size_t(bytes.size()));
    if (ZSTD_isError(written))
        throw CasebookError(
            u"Cannot compress %1 bytes: %2"_s.arg(bytes.size()).arg(QString::fromUtf8(ZSTD_getErrorName(written))));
    frame.truncate(qsizetype(written));
    return frame;
}

QByteArray decompress(QByteArrayView frame, QByteArrayView reference)
{
    thread_local const std::unique_ptr<ZSTD_DCtx, ContextDeleter> context(ZSTD_createDCtx());
    if (!context)
        throw CasebookError(u"out of memory"_s);
    const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 40))
        throw CasebookError(u"it is not a zstd frame of known size"_s);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    ZSTD_DCtx_reset(context.get(), ZSTD_reset_session_and_parameters);
    if (!reference.isEmpty())
        ZSTD_DCtx_refPrefix(context.get(), reference.data(), size_t(reference.size()));
    const size_t read
        = ZSTD_decompressDCtx(context.get(), bytes.data(), size_t(bytes.size()), frame.data(), size_t(frame.size()));
    if (ZSTD_isError(read) || read != size)
        throw CasebookError(ZSTD_isError(read) ? QString::fromUtf8(ZSTD_getErrorName(read))
                                               : u"it is shorter than its header says"_s);
    return bytes;
}

} // namespace casebook::Zstd
