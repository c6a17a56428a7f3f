// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfstreamscan.h"

#include <QByteArrayView>

namespace casebook {

namespace {

/// How far before a `stream` keyword its dictionary may start: real ones are a few hundred bytes.
constexpr qsizetype dictionaryReach = 8192;

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isPdfWhitespace(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')';
}

/// The direct integer after `key` in the dictionary (`/Width 1200`); -1 when absent, indirect or not a number.
qint64 integerAfter(QByteArrayView dictionary, QByteArrayView key)
{
    for (qsizetype at = dictionary.indexOf(key); at >= 0; at = dictionary.indexOf(key, at + 1)) {
        qsizetype i = at + key.size();
        if (i < dictionary.size() && !isDelimiter(dictionary[i]))
            continue; // "/WidthScale" is another key
        while (i < dictionary.size() && isPdfWhitespace(dictionary[i]))
            ++i;
        qint64 value = 0;
        qsizetype digits = 0;
        while (i < dictionary.size() && dictionary[i] >= '0' && dictionary[i] <= '9' && digits < 12) {
            value = value * 10 + (dictionary[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0)
            return -1;
        // "12 0 R" is a reference to the number, not the number.
        qsizetype j = i;
        while (j < dictionary.size() && isPdfWhitespace(dictionary[j]))
            ++j;
        if (j < dictionary.size() && dictionary[j] >= '0' && dictionary[j] <= '9')
            return -1;
        return value;
    }
    return -1;
}

bool hasName(QByteArrayView dictionary, QByteArrayView name)
{
    for (qsizetype at = dictionary.indexOf(name); at >= 0; at = dictionary.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (end >= dictionary.size() || isDelimiter(dictionary[end]))
            return true;
    }
    return false;
}

bool declaresImage(QByteArrayView dictionary)
{
    for (qsizetype at = dictionary.indexOf("/Subtype"); at >= 0; at = dictionary.indexOf("/Subtype", at + 1)) {
        qsizetype i = at + 8;
        while (i < dictionary.size() && isPdfWhitespace(dictionary[i]))
            ++i;
        if (dictionary.sliced(i).startsWith("/Image"))
            return true;
    }
    return false;
}

} // namespace

PdfStreamScan PdfStreamScan::of(const QByteArray &pdf)
{
    PdfStreamScan scan;
    const QByteArrayView bytes(pdf);
    qsizetype searchFrom = 0;
    for (qsizetype keyword = bytes.indexOf("stream", searchFrom); keyword >= 0;
         keyword = bytes.indexOf("stream", searchFrom)) {
        searchFrom = keyword + 6;
        // A stream keyword follows its dictionary's ">>" (and whitespace); "endstream" and text do not.
        qsizetype close = keyword - 1;
        while (close >= 0 && isPdfWhitespace(bytes[close]))
            --close;
        if (close < 1 || bytes[close] != '>' || bytes[close - 1] != '>')
            continue;
        const qsizetype reachStart = std::max<qsizetype>(0, keyword - dictionaryReach);
        const QByteArrayView before = bytes.sliced(reachStart, close + 1 - reachStart);
        const qsizetype objectStart = before.lastIndexOf("obj");
        const QByteArrayView dictionary = before.sliced(objectStart < 0 ? 0 : objectStart);
        const bool image = declaresImage(dictionary);
        if (image) {
            const qint64 width = integerAfter(dictionary, "/Width");
            const qint64 height = integerAfter(dictionary, "/Height");
            if (width > 0 && height > 0 && double(width) * double(height) > scan.largestImagePixels) {
                scan.largestImagePixels = double(width) * double(height);
                scan.largestImageWidth = width;
                scan.largestImageHeight = height;
            }
        } else if (hasName(dictionary, "/JBIG2Decode")) {
            ++scan.jbig2NonImageStreams;
        }
    }
    return scan;
}

} // namespace casebook
