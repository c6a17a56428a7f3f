// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/report.h"

#include <QList>
#include <QModelIndexList>
#include <functional>

class QMimeData;

namespace casebook {

/// Report items on the clipboard or in a drag: the annotation, article, entity and search lists offer what they
/// show as report items, and the report composer accepts them. Only references and captions travel, as JSON.
namespace ReportItemMime {
inline constexpr char mimeType[] = "application/x-casebook-report-items";
QMimeData *encode(const QList<ReportItem> &items);
QList<ReportItem> decode(const QMimeData *mime);
/// For a model's mimeData(): one item per row among `indexes` (a row's cells count once), in row order.
QMimeData *encodeRows(const QModelIndexList &indexes, const std::function<ReportItem(int row)> &itemAt);
} // namespace ReportItemMime

} // namespace casebook
