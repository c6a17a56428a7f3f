// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebook {

/// Decides an article's main language from its script: "en" (and other Latin-script text), "zh-Hans",
/// "zh-Hant", "ja", "ko", or "" when there is too little text to tell.
namespace LanguageDetector {
QString detect(QStringView text);
} // namespace LanguageDetector

} // namespace casebook
