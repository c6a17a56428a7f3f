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

QString entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("casebook::Entities", "People");
    case EntityType::Organisation:
        return QCoreApplication::translate("casebook::Entities", "Organisations");
    case EntityType::Place:
        return QCoreApplication::translate("casebook::Entities", "Places");
    case EntityType::Product:
        return QCoreApplication::translate("casebook::Entities", "Products and models");
    case EntityType::Money:
        return QCoreApplication::translate("casebook::Entities", "Money");
    case EntityType::Percent:
        return QCoreApplication::translate("casebook::Entities", "Percentages");
    }
    return {};
}

QString entityTypeSingularLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("casebook::Entities", "Person");
    case EntityType::Organisation:
        return QCoreApplication::translate("casebook::Entities", "Organisation");
    case EntityType::Place:
        return QCoreApplication::translate("casebook::Entities", "Place");
    case EntityType::Product:
        return QCoreApplication::translate("casebook::Entities", "Product or model");
    case EntityType::Money:
        return QCoreApplication::translate("casebook::Entities", "Money");
    case EntityType::Percent:
        return QCoreApplication::translate("casebook::Entities", "Percentage");
    }
    return {};
}

QList<EntityType> allEntityTypes()
{
    return { EntityType::Person,  EntityType::Organisation, EntityType::Place,
             EntityType::Product, EntityType::Money,        EntityType::Percent };
}

} // namespace casebook
