// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QStringView>
#include <optional>

namespace casebook {

/// The words of dates that import (DateTextParser, TextMetadataFinder) and analysis (DateFinder) both read: month
/// and weekday names, units of time and counting back from a moment. One table, so a fix lands everywhere.
namespace DateGrammar {

/// 1..12 for "January", "Jan", "Jan.", "Sept" in any case; 0 otherwise.
int monthFromName(QStringView word);
/// 1 (Monday) ..7 for "Monday", "Mon", "Mon." in any case; 0 otherwise.
int weekdayFromName(QStringView word);

enum class TimeUnit { None, Minute, Hour, Day, Week, Month, Year };
/// "days", "hrs", "mins", "个月", "天", "小时"...
TimeUnit timeUnit(QStringView word);

/// "2 days ago", "3 hours ago", "3天前": the date `amount` units before `now`, at the precision the unit allows
/// (a day for minutes to weeks, a month, a year); nullopt without a valid `now` or a unit, or when `amount` is
/// negative or over 100,000.
std::optional<PublicationDate> countBack(int amount, TimeUnit unit, const QDateTime &now);

} // namespace DateGrammar

} // namespace casebook
