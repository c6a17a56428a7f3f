// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace casebook {

/// A sum of money read from a money mention, normalised so sums can be compared: "$1.4trn" is 1.4e12 USD,
/// "380亿元" 3.8e10 CNY, "US$30M" 3e7 USD.
struct MoneyValue
{
    double amount = 0;
    QString currency; ///< ISO 4217 code; empty when the mention names no currency ("3m")

    /// Reads the amount and currency of a money mention's text, in Simplified or Traditional script ("56億港元" is
    /// 5.6e9 HKD); nullopt when it holds no number.
    static std::optional<MoneyValue> parse(QStringView mention);
};

} // namespace casebook
