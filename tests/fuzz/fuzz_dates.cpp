// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the date readers of import: DateTextParser (ISO, Chinese, English and month-only dates anywhere in a
// text, making up all of it, or a day of a month without a year) and DateGrammar (month, weekday and unit words;
// counting back from a moment). The first four bytes choose the amount counted back, the rest is UTF-8 text.
#include "fuzztarget.h"
#include "importers/datetextparser.h"
#include "util/dategrammar.h"

#include <QDateTime>
#include <cstring>

using namespace casebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qint32 amount = 0;
    if (size >= sizeof amount) {
        std::memcpy(&amount, data, sizeof amount);
        data += sizeof amount;
        size -= sizeof amount;
    }
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    DateTextParser::find(text);
    DateTextParser::parseWhole(text);
    DateTextParser::locate(text);
    DateTextParser::locateMonthDay(text);
    const QDateTime now(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
    for (const QStringView word : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        DateGrammar::monthFromName(word);
        DateGrammar::weekdayFromName(word);
        DateGrammar::countBack(amount, DateGrammar::timeUnit(word), now);
    }
    return 0;
}
