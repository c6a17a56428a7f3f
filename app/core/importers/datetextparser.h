// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QStringView>
#include <optional>

namespace casebook {

/// Reads the publication dates news pages write: ISO (2025-02-17T08:00:00+08:00, 2025/02/17), Chinese
/// (2025年2月17日), English (March 3, 2025; 28 Feb 2024; Mon, 17 Feb 2025 10:00:00 GMT) and month-only forms
/// (March 2025, 2025年3月). The date is taken as written, in the page's own time zone.
namespace DateTextParser {
/// The first date found anywhere in `text`, with the precision it was written with.
std::optional<PublicationDate> find(QStringView text);
/// Like find(), but only when the date makes up (nearly) all of `text`.
std::optional<PublicationDate> parseWhole(QStringView text);

/// A date and where it was written in the text searched.
struct Located
{
    PublicationDate date;
    qsizetype start = 0;
    qsizetype length = 0;
};
/// The date find() gives, with its place in `text`.
std::optional<Located> locate(QStringView text);

/// A day of a month written without a year, as datelines write it: "3月10日", "10 月 30 日", "March 12",
/// "12 March". The date holds the month and day in year 2000 (a leap year, so 2月29日 is kept), precision Day.
std::optional<Located> locateMonthDay(QStringView text);
} // namespace DateTextParser

} // namespace casebook
