// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace casebook {

/// What a PDF's stream dictionaries declare, read from the raw bytes before Poppler decodes anything. Poppler has no
/// limit on what a stream decodes to: a 40 KB JBIG2 stream can declare a 100,000 × 100,000 bitmap (1.2 GB), and
/// neither a cancel nor a time limit can stop it while it decodes. Stream dictionaries are never inside object
/// streams (ISO 32000-1, 7.5.7), so every one is in the file as written, even when the objects around it are
/// compressed. Pure and linear in the size of the file.
struct PdfStreamScan
{
    /// The largest image a stream declares (`/Width` × `/Height`, direct numbers only), in pixels, and its sides.
    double largestImagePixels = 0;
    qint64 largestImageWidth = 0;
    qint64 largestImageHeight = 0;
    /// Streams compressed with JBIG2 (a filter for monochrome images only) that are not images: page content
    /// or fonts decoded as bitmaps, the shape of a decompression bomb.
    int jbig2NonImageStreams = 0;

    static PdfStreamScan of(const QByteArray &pdf);
};

} // namespace casebook
