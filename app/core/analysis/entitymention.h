// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitytype.h"

#include <QString>
#include <QStringList>

namespace casebook {

/// One place in an article's text where an entity is named. Offsets are UTF-16 code units into the text.
struct EntityMention
{
    qsizetype start = 0;
    qsizetype length = 0;
    EntityType type = EntityType::Organisation;
    QString text; ///< exactly text.mid(start, length)
    QString canonical; ///< a gazetteer's canonical name, when the mention came from a gazetteer
    int entity = -1; ///< index into ArticleAnalysis::entities
    /// Money: the amount in units of its currency ("$1.4trn": 1.4e12; MoneyValue); 0 otherwise. Not stored in
    /// the casebook yet.
    double normalised = 0;

    qsizetype end() const { return start + length; }
};

/// An entity as one article names it: the mentions that refer to the same thing, under one canonical name.
struct LocalEntity
{
    QString name; ///< the canonical (longest or gazetteer) name
    QString key; ///< entityKey(name)
    EntityType type = EntityType::Organisation;
    QStringList aliases; ///< every distinct surface form, the name included
};

} // namespace casebook
