// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyvalue.h"

#include "scriptconverter.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

/// 三千五百万 = 35,000,000: Chinese numerals with the myriad units 万 and 亿.
std::optional<double> chineseNumber(QStringView text)
{
    static const QHash<QChar, int> digits
        = { { u'零', 0 }, { u'〇', 0 }, { u'一', 1 }, { u'二', 2 }, { u'两', 2 }, { u'三', 3 },
            { u'四', 4 }, { u'五', 5 }, { u'六', 6 }, { u'七', 7 }, { u'八', 8 }, { u'九', 9 } };
    double total = 0; // whole 亿 and 万 groups
    double group = 0; // below 万
    double digit = 0;
    bool any = false;
    for (const QChar c : text) {
        if (digits.contains(c)) {
            digit = digits.value(c);
            any = true;
        } else if (c == u'十' || c == u'百' || c == u'千') {
            const double unit = c == u'十' ? 10 : c == u'百' ? 100 : 1000;
            group += (digit == 0 && c == u'十' ? 1 : digit) * unit;
            digit = 0;
            any = true;
        } else if (c == u'万') {
            total += (group + digit) * 1e4;
            group = digit = 0;
        } else if (c == u'亿') {
            total = (total + group + digit) * 1e8;
            group = digit = 0;
        } else {
            return std::nullopt;
        }
    }
    if (!any)
        return std::nullopt;
    return total + group + digit;
}

double multiplierOf(QStringView unit)
{
    static const QHash<QString, double> multipliers = {
        { u"thousand"_s, 1e3 }, { u"k"_s, 1e3 },         { u"million"_s, 1e6 }, { u"mn"_s, 1e6 },
        { u"m"_s, 1e6 },        { u"mln"_s, 1e6 },       { u"billion"_s, 1e9 }, { u"bn"_s, 1e9 },
        { u"b"_s, 1e9 },        { u"trillion"_s, 1e12 }, { u"tn"_s, 1e12 },     { u"trn"_s, 1e12 },
        { u"tr"_s, 1e12 },      { u"万"_s, 1e4 },        { u"亿"_s, 1e8 },      { u"万亿"_s, 1e12 },
        { u"千亿"_s, 1e11 },    { u"百亿"_s, 1e10 },     { u"十亿"_s, 1e9 },    { u"千万"_s, 1e7 },
        { u"百万"_s, 1e6 },     { u"十万"_s, 1e5 },      { u"千"_s, 1e3 },      { u"百"_s, 1e2 },
    };
    return multipliers.value(unit.toString().toLower(), 1);
}

QString currencyOf(QStringView text)
{
    struct Sign
    {
        const char16_t *text;
        const char16_t *code;
    };
    // the longest first: "HK$" before "$", "港元" before "元"
    static const Sign signs[] = {
        { u"US$", u"USD" },   { u"HK$", u"HKD" },    { u"NT$", u"TWD" },      { u"NZ$", u"NZD" },
        { u"A$", u"AUD" },    { u"C$", u"CAD" },     { u"S$", u"SGD" },       { u"US dollar", u"USD" },
        { u"美元", u"USD" },  { u"港元", u"HKD" },   { u"港币", u"HKD" },     { u"欧元", u"EUR" },
        { u"日元", u"JPY" },  { u"英镑", u"GBP" },   { u"韩元", u"KRW" },     { u"人民币", u"CNY" },
        { u"元", u"CNY" },    { u"yuan", u"CNY" },   { u"renminbi", u"CNY" }, { u"RMB", u"CNY" },
        { u"CNY", u"CNY" },   { u"USD", u"USD" },    { u"EUR", u"EUR" },      { u"HKD", u"HKD" },
        { u"euro", u"EUR" },  { u"pound", u"GBP" },  { u"yen", u"JPY" },      { u"won", u"KRW" },
        { u"rupee", u"INR" }, { u"dollar", u"USD" }, { u"$", u"USD" },        { u"€", u"EUR" },
        { u"£", u"GBP" },     { u"¥", u"CNY" },      { u"￥", u"CNY" },
    };
    for (const Sign &sign : signs)
        if (text.contains(QStringView(sign.text), Qt::CaseInsensitive))
            return QString::fromUtf16(sign.code);
    return {};
}

} // namespace

std::optional<MoneyValue> MoneyValue::parse(QStringView written)
{
    // Read in Simplified script, as the mention was found: 56億港元 is 56亿港元, 三萬元 三万元, 兩 两, 歐元 欧元.
    const QString simplified = ScriptConverter::toSimplified(written);
    const QStringView mention = simplified;
    static const QRegularExpression number(
        uR"((\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(万亿|千亿|百亿|十亿|千万|百万|十万|万|亿|千|百|thousand|million|billion|trillion|mln|mn|bn|trn|tn|tr|[kmbKMB])?(?![A-Za-z]))"_s);
    MoneyValue value;
    value.currency = currencyOf(mention);
    const auto match = number.match(mention);
    if (match.hasMatch()) {
        QString digits = match.captured(1);
        digits.remove(u',');
        value.amount = QString(digits + match.captured(2)).toDouble() * multiplierOf(match.capturedView(3));
        // "53 cents": a hundredth of the currency (the dollar where none is named)
        static const QRegularExpression cents(u"\\d\\s?cents?\\b"_s);
        if (cents.match(mention).hasMatch()) {
            value.amount /= 100;
            if (value.currency.isEmpty())
                value.currency = u"USD"_s;
        }
        return value;
    }
    // Chinese numerals: 三千万元, 人民币五亿元
    static const QRegularExpression numerals(u"[零〇一二两三四五六七八九十百千万亿]+"_s);
    const auto chinese = numerals.match(mention);
    if (!chinese.hasMatch())
        return std::nullopt;
    const auto amount = chineseNumber(chinese.capturedView(0));
    if (!amount)
        return std::nullopt;
    value.amount = *amount;
    return value;
}

} // namespace casebook
