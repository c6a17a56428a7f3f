// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitytype.h"
#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

/// An entity across the casebook, after the analyst's decisions. Ids change when entities are rebuilt; names
/// and aliases are what decisions refer to.
struct StoredEntity
{
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Organisation;
    QStringList aliases; ///< every surface form, most frequent first
    qint64 mentionCount = 0;
    qint64 articleCount = 0;
};

struct StoredMention
{
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    EntityType type = EntityType::Organisation;
    qint64 entityId = 0; ///< 0 when the analyst rejected it
    QString entityName;
};

struct StoredEvent
{
    qint64 id = 0;
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    QString phrase;
    PublicationDate date; ///< precision None while unresolved
    DatePrecision granularity = DatePrecision::None;
    bool relative = false;
    qsizetype sentenceStart = 0;
    qsizetype sentenceLength = 0;
    QString sentence;
    QStringList entities; ///< names of the entities the sentence mentions
};

/// An analyst's decision about entities, keyed by normalised names (entityKey) so that it survives
/// re-analysis and new imports.
struct EntityDecision
{
    enum class Action { Merge, Split, Rename, Retype, Reject };
    Action action = Action::Merge;
    QString subject; ///< the entity's name or alias, as typed (compared by entityKey)
    QString target; ///< merge: the entity merged into; rename: the new name; retype: the type name
    QDateTime decidedAt;
};

QString decisionActionName(EntityDecision::Action action);
std::optional<EntityDecision::Action> decisionActionFromName(const QString &name);

} // namespace casebook
