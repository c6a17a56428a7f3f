// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "model/article.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace casebook {

/// A dated event as the timeline draws it.
struct TimelineEvent
{
    qint64 articleId = 0;
    QDate date;
    DatePrecision precision = DatePrecision::None;
    QString phrase;
    QString sentence;
    qsizetype sentenceStart = 0;
};

/// An entity with how often it appears within the current filter.
struct EntityCount
{
    QString name;
    EntityType type = EntityType::Organisation;
    QStringList aliases;
    qint64 articles = 0;
    qint64 mentions = 0;
};

/// One entity's presence over time, by month, with the entities it appears with most.
struct EntityTrend
{
    QString entity;
    QList<QDate> months; ///< first day of each month, ascending
    QList<int> articles; ///< articles mentioning the entity in each month
    struct Companion
    {
        QString name;
        QList<int> articles; ///< articles mentioning both, per month
    };
    QList<Companion> companions;
};

/// What the timeline and the entity charts show for a filter, computed in one pass on a worker thread. Counts, not
/// lists: its size does not grow with the casebook (the sentences of events are read when one is hovered or opened).
struct Overview
{
    qint64 matchingArticles = 0; ///< articles matching the filter without its date range
    QMap<QDate, qint64> articlesPerDay; ///< those with a publication date, per day (a month or year: its first day)
    qint64 undatedArticles = 0;
    QMap<QDate, qint64> eventsPerDay; ///< resolved events in those articles, per day
    QList<EntityCount> entities; ///< entities in the articles matching the whole filter, most articles first
    EntityTrend trend; ///< for the first entity of the filter, when there is one
    bool canceled = false;
};

} // namespace casebook
