// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"

#include <QColor>
#include <QList>

namespace casebook {

/// One colour per entity type, shared by the document pane's highlights and the charts.
QColor entityColor(EntityType type);
/// The type as a heading for many ("People"): charts, type buttons, menus.
QString entityTypeLabel(EntityType type);
/// The type of one entity ("Person"): the entity table, a name's tooltip.
QString entityTypeSingularLabel(EntityType type);
QList<EntityType> allEntityTypes();

} // namespace casebook
