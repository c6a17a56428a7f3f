// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisrecords.h"
#include "analysis/articleanalysis.h"
#include "entityrebuildscope.h"
#include "model/overview.h"

#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace casebook {

class SqliteDatabase;

/// What the analyzer needs to know about one article.
struct AnalysisInput
{
    qint64 articleId = 0;
    QString text;
    PublicationDate published;
    MetadataOrigin publishedOrigin = MetadataOrigin::None; ///< an estimated date places no relative event
};

/// The analysis tables of a casebook (created by migration step 4, which leaves every article stale): mentions, events,
/// entities with their aliases, the analyst's decisions, and which articles were analysed against which publication
/// date. Works on a connection it does not own: the writer's for writes, a reader's for queries.
class AnalysisStore
{
public:
    explicit AnalysisStore(SqliteDatabase &db);

    /// Articles never analysed, analysed by older rules, or whose publication date changed since.
    /// Articles the analysis gave up on at their time limit with today's rules ("not analysed: too slow") are
    /// not stale: they wait for `analyse` of them by id, or for new rules, instead of holding up every run.
    QList<qint64> staleArticles() const;
    /// Articles recorded as "not analysed: too slow" by today's rules.
    QList<qint64> tooSlowArticles() const;
    QList<AnalysisInput> inputs(const QList<qint64> &articleIds) const;

    /// Replaces the mentions and events of each article in one transaction; an analysis marked tooSlow is
    /// recorded as such (format 7 has no status column: its analyzer_version is stored negated). Entities are assigned
    /// by rebuildEntities(), which the caller runs once after the last batch, with the changes of every batch
    /// (what the mentions replaced belonged to).
    EntityChanges replaceAnalyses(const QList<std::pair<AnalysisInput, ArticleAnalysis>> &batch);

    /// Groups every mention into casebook-wide entities: the same canonical name across articles, a single name
    /// that is an alias of exactly one entity, then the analyst's decisions in the order they were taken.
    void rebuildEntities();
    /// The same, for the part of the casebook the unassigned mentions and `changes` can reach (EntityRebuildScope):
    /// the entities come out as rebuildEntities() would make them, at the cost of that part, not of the casebook.
    /// Needs entities as a rebuild or a decision left them, apart from `changes` and the unassigned mentions.
    EntityRebuildFigures rebuildEntities(const EntityChanges &changes);

    /// Mention and article counts and aliases from the entity's mentions; an entity left without any is removed.
    void recount(qint64 entityId);

    /// Records a decision and applies it to the entities it names (its cost is their mentions, not the casebook's);
    /// rebuildEntities() replays every decision in order and comes to the same entities. Throws CasebookError when
    /// a name matches no entity.
    void addDecision(const EntityDecision &decision);
    QList<EntityDecision> decisions() const;

    QList<StoredEntity> entities(std::optional<EntityType> type = std::nullopt) const;
    /// The entity whose name or one of whose aliases is `name` (compared by entityKey); the name wins.
    std::optional<StoredEntity> findEntity(const QString &name) const;
    QList<StoredMention> mentions(qint64 articleId) const;
    QList<StoredMention> mentionsOfEntity(qint64 entityId) const;
    /// Events of one article, or of all articles when articleId is 0, by date then article.
    QList<StoredEvent> events(qint64 articleId = 0) const;

    /// Ids of the articles that mention the entity named `name` under any of its aliases (for search's
    /// `entity:` field). Empty when no entity has that name or alias.
    QList<qint64> articlesMentioning(const QString &name) const;

    /// Every resolved event, by date, as the timeline draws it (without the entities of its sentence).
    QList<TimelineEvent> timelineEvents() const;
    /// Every entity with its aliases (the name left out), keyed by entity id; counts left at 0 for the caller.
    QHash<qint64, EntityCount> entityNames() const;

    /// The anchor string stored for a publication date: "2025-02-25/day", or "" when there is none.
    /// With "/estimated" appended when the date is only estimated, so a date that becomes stated (or estimated)
    /// makes the article stale.
    static QString anchorOf(const PublicationDate &published, MetadataOrigin origin = MetadataOrigin::None);

private:
    /// The grouping of rebuildEntities() over `mentions` (in id order); with `scopeEntities`, the mentions are all
    /// those of these entities and only they are rewritten.
    void regroup(const std::vector<EntityMentionRow> &mentions, const QList<EntityDecision> &decided,
                 const QSet<qint64> *scopeEntities);
    void applyDecision(const EntityDecision &decision);
    QList<qint64> entitiesWithAlias(const QString &name) const;
    /// Mentions of the entity whose text has the normalised form `key`.
    QList<qint64> mentionsWithKey(qint64 entityId, const QString &key) const;
    void assignMentions(const QList<qint64> &mentionIds, qint64 entityId);

    SqliteDatabase &m_db;
};

} // namespace casebook
