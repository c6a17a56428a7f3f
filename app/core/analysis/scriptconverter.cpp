// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptconverter.h"

#include "util/unicodescript.h"

#include <QDebug>
#include <opencc/opencc.h>
#include <vector>

namespace casebook {

namespace {

/// One OpenCC converter per thread: the C API gives no promise about sharing a handle between threads.
class Converter
{
public:
    Converter()
        : m_handle(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP))
    {
        if (m_handle == reinterpret_cast<opencc_t>(-1)) {
            m_handle = nullptr;
            static bool reported = false;
            if (!reported) {
                reported = true;
                qWarning("Traditional Chinese is matched as written: OpenCC could not load %s (%s); install "
                         "libopencc-data",
                         OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP, opencc_error());
            }
        }
    }
    ~Converter()
    {
        if (m_handle)
            opencc_close(m_handle);
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    bool isValid() const { return m_handle != nullptr; }

    QString convert(QStringView text) const
    {
        const QByteArray utf8 = text.toUtf8();
        char *converted = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
        if (!converted)
            return text.toString();
        const QString result = QString::fromUtf8(converted);
        opencc_convert_utf8_free(converted);
        return result;
    }

private:
    opencc_t m_handle = nullptr;
};

/// The characters of the main CJK block that OpenCC writes differently in Simplified script, found once by
/// converting the whole block: most Chinese articles are Simplified already and need no conversion at all.
const std::vector<bool> &traditionalCharacters()
{
    static const std::vector<bool> traditional = [] {
        std::vector<bool> changes(0x10000, false);
        const Converter converter;
        if (!converter.isValid())
            return changes;
        QString block;
        for (char16_t c = 0x3400; c < 0xa000; ++c)
            block += QChar(c);
        const QString converted = converter.convert(block);
        if (converted.size() != block.size()) {
            for (qsizetype i = 0; i < block.size(); ++i)
                if (converter.convert(block.mid(i, 1)) != block.mid(i, 1))
                    changes[block[i].unicode()] = true;
            return changes;
        }
        for (qsizetype i = 0; i < block.size(); ++i)
            if (converted[i] != block[i])
                changes[block[i].unicode()] = true;
        return changes;
    }();
    return traditional;
}

} // namespace

QString ScriptConverter::toSimplified(QStringView text)
{
    const std::vector<bool> &traditional = traditionalCharacters();
    bool hasTraditional = false;
    for (const QChar c : text)
        if (traditional[c.unicode()]) {
            hasTraditional = true;
            break;
        }
    if (!hasTraditional)
        return text.toString();
    thread_local const Converter converter;
    if (!converter.isValid())
        return text.toString();
    QString whole = converter.convert(text);
    if (whole.size() == text.size())
        return whole;
    // a phrase changed length: convert run by run, and a run that still changes length character by character
    QString result = text.toString();
    for (qsizetype start = 0; start < result.size();) {
        if (!unicode::isHan(result[start].unicode())) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < result.size() && unicode::isHan(result[end].unicode()))
            ++end;
        const QString run = converter.convert(text.mid(start, end - start));
        if (run.size() == end - start) {
            result.replace(start, run.size(), run);
        } else {
            for (qsizetype i = start; i < end; ++i) {
                const QString one = converter.convert(text.mid(i, 1));
                if (one.size() == 1)
                    result[i] = one[0];
            }
        }
        start = end;
    }
    return result;
}

} // namespace casebook
