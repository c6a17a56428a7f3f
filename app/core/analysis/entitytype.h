// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace casebook {

/// What kind of thing an entity is.
enum class EntityType { Person, Organisation, Place, Product, Money, Percent };

QString entityTypeName(EntityType type); ///< "person", "organisation", "place", "product", "money", "percent"
/// Accepts the names above and a few short forms (org, loc, gpe, per, model, percentage); nullopt otherwise.
std::optional<EntityType> entityTypeFromName(const QString &name);

/// The normalised form that identifies a name across articles and analyst decisions: case-folded, straight
/// apostrophes, single spaces, no leading "the", no trailing possessive, no full stops ("U.S." = "us").
QString entityKey(QStringView name);

} // namespace casebook
