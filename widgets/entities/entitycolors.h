// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"

#include <QColor>
#include <QList>

namespace casebook {

/// One colour per entity type, shared by the document pane's highlights and the charts.
QColor entityColor(EntityType type);
QString entityTypeLabel(EntityType type);
QList<EntityType> allEntityTypes();

} // namespace casebook
