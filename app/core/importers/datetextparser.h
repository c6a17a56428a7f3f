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
} // namespace DateTextParser

} // namespace casebook
