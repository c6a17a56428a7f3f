// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagedetector.h"

#include "util/unicodescript.h"

#include <QRegularExpression>
#include <QSet>
#include <cld2/public/compact_lang_det.h>

using namespace Qt::StringLiterals;

namespace casebook::LanguageDetector {

namespace {

// Characters that exist only in one of the two Chinese scripts and are common in news text.
const QSet<char16_t> &traditionalOnly()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        for (
            const QChar c :
            u"們個這來時國會為說對學發經與後裡長開關還點應無將當體們區電車產業網們實現讓進過動於麼樣記義報導總統務處變與們從險認號際臺灣廣擊視試"_s)
            s.insert(c.unicode());
        return s;
    }();
    return set;
}

const QSet<char16_t> &simplifiedOnly()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        for (
            const QChar c :
            u"们个这来时国会为说对学发经与后里长开关还点应无将当体区电车产业网实现让进过动于么样记义报导总统务处变从险认号际台湾广击视试"_s)
            s.insert(c.unicode());
        return s;
    }();
    return set;
}

/// The language of text in Latin script, by CLD2's statistics; "en" when it cannot tell reliably.
QString latinLanguage(QStringView text)
{
    // A few thousand characters decide; more only cost time.
    const QByteArray utf8 = text.first(std::min<qsizetype>(text.size(), 8000)).toUtf8();
    bool reliable = false;
    CLD2::Language languages[3];
    int percents[3];
    int textBytes = 0;
    const CLD2::Language language = CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, languages,
                                                                percents, &textBytes, &reliable);
    const QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    static const QRegularExpression plainCode(u"^[a-z]{2,3}$"_s);
    if (!reliable || code == u"un" || !plainCode.match(code).hasMatch())
        return u"en"_s;
    return code;
}

} // namespace

QString detect(QStringView text)
{
    qsizetype han = 0, latin = 0, kana = 0, hangul = 0, traditional = 0, simplified = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char32_t u = unicode::codePointAt(text, i);
        i += u > 0xFFFF;
        if (unicode::isHan(u)) {
            ++han;
            traditional += u <= 0xFFFF && traditionalOnly().contains(char16_t(u));
            simplified += u <= 0xFFFF && simplifiedOnly().contains(char16_t(u));
        } else if (unicode::isKana(u)) {
            ++kana;
        } else if (unicode::isHangul(u)) {
            ++hangul;
        } else if (c.isLetter() && u < 0x0250) {
            ++latin;
        }
    }
    // A Han character carries roughly as much text as a Latin word of five letters.
    const qsizetype latinWeight = latin / 5;
    if (han + kana + hangul + latinWeight < 3)
        return {};
    if (kana > 0 && kana * 5 >= han && kana >= hangul)
        return u"ja"_s;
    if (hangul > han && hangul > latinWeight)
        return u"ko"_s;
    if (han > latinWeight)
        return traditional > simplified ? u"zh-Hant"_s : u"zh-Hans"_s;
    return latinLanguage(text);
}

} // namespace casebook::LanguageDetector
