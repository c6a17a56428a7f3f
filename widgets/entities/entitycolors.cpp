// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycolors.h"

#include <QCoreApplication>

namespace casebook {

QColor entityColor(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QColor(120, 190, 255);
    case EntityType::Organisation:
        return QColor(150, 220, 140);
    case EntityType::Place:
        return QColor(255, 190, 120);
    case EntityType::Product:
        return QColor(215, 165, 245);
    case EntityType::Money:
        return QColor(255, 188, 200);
    case EntityType::Percent:
        return QColor(130, 225, 215);
    }
    return QColor(200, 200, 200);
}

namespace {
struct TypeLabels
{
    EntityType type;
    const char *many; ///< a heading for many entities of the type
    const char *one; ///< the type of one entity
};
const TypeLabels typeLabels[] = {
    { EntityType::Person, QT_TRANSLATE_NOOP("casebook::Entities", "People"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Person") },
    { EntityType::Organisation, QT_TRANSLATE_NOOP("casebook::Entities", "Organisations"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Organisation") },
    { EntityType::Place, QT_TRANSLATE_NOOP("casebook::Entities", "Places"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Place") },
    { EntityType::Product, QT_TRANSLATE_NOOP("casebook::Entities", "Products and models"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Product or model") },
    { EntityType::Money, QT_TRANSLATE_NOOP("casebook::Entities", "Money"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Money") },
    { EntityType::Percent, QT_TRANSLATE_NOOP("casebook::Entities", "Percentages"),
      QT_TRANSLATE_NOOP("casebook::Entities", "Percentage") },
};

const TypeLabels *labelsOf(EntityType type)
{
    for (const TypeLabels &labels : typeLabels)
        if (labels.type == type)
            return &labels;
    return nullptr;
}
} // namespace

QString entityTypeLabel(EntityType type)
{
    const TypeLabels *labels = labelsOf(type);
    return labels ? QCoreApplication::translate("casebook::Entities", labels->many) : QString();
}

QString entityTypeSingularLabel(EntityType type)
{
    const TypeLabels *labels = labelsOf(type);
    return labels ? QCoreApplication::translate("casebook::Entities", labels->one) : QString();
}

QList<EntityType> allEntityTypes()
{
    return { EntityType::Person,  EntityType::Organisation, EntityType::Place,
             EntityType::Product, EntityType::Money,        EntityType::Percent };
}

} // namespace casebook
