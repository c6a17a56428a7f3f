// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace casebook {

/// Decides an article's main language: by script for "zh-Hans", "zh-Hant" (characters only one script has),
/// "ja" and "ko"; for Latin-script text by CLD2 ("en", "fr", "de", …; "en" when it cannot tell reliably).
/// An article that mixes scripts gets the one most of its text is in. "" when there is too little text.
namespace LanguageDetector {
QString detect(QStringView text);
} // namespace LanguageDetector

} // namespace casebook
