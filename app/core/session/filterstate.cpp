// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterstate.h"

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
/// Quotes a value for the query language when it is more than one plain word.
QString quoted(const QString &value)
{
    for (const QChar c : value)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            return u'"' + QString(value).replace(u'"', u'\'') + u'"';
    return value;
}

QString anyOf(const QString &field, const QStringList &values)
{
    QStringList parts;
    for (const QString &value : values)
        parts.append(field + u':' + quoted(value));
    return parts.size() > 1 ? u'(' + parts.join(u" OR "_s) + u')' : parts.value(0);
}
} // namespace

bool Filter::isEmpty() const
{
    return query.trimmed().isEmpty() && !hasDateRange() && entities.isEmpty() && languages.isEmpty()
        && sources.isEmpty() && tags.isEmpty();
}

QString Filter::toQuery() const
{
    QStringList parts;
    if (!query.trimmed().isEmpty())
        parts.append(u'(' + query.trimmed() + u')');
    if (hasDateRange()) {
        const QString start = from.isValid() ? from.toString(Qt::ISODate) : QString();
        const QString end = to.isValid() ? to.toString(Qt::ISODate) : QString();
        if (from.isValid() && to.isValid())
            parts.append(u"date:"_s + start + u".."_s + end);
        else if (from.isValid())
            parts.append(u"after:"_s + from.addDays(-1).toString(Qt::ISODate));
        else
            parts.append(u"before:"_s + to.addDays(1).toString(Qt::ISODate));
    }
    for (const QString &entity : entities)
        parts.append(u"entity:"_s + quoted(entity));
    for (const QString &tag : tags)
        parts.append(u"tag:"_s + quoted(tag));
    if (!languages.isEmpty())
        parts.append(anyOf(u"lang"_s, languages));
    if (!sources.isEmpty())
        parts.append(anyOf(u"source"_s, sources));
    return parts.join(u' ');
}

Filter Filter::withoutDateRange() const
{
    Filter copy = *this;
    copy.from = {};
    copy.to = {};
    return copy;
}

bool operator==(const Filter &a, const Filter &b)
{
    return a.query == b.query && a.from == b.from && a.to == b.to && a.entities == b.entities
        && a.languages == b.languages && a.sources == b.sources && a.tags == b.tags;
}

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Filter>();
}

void FilterState::setFilter(const Filter &filter)
{
    if (filter == this->filter())
        return;
    m_history.resize(m_position + 1); // a new step drops the forward history, as in a browser
    m_history.append(filter);
    m_position = int(m_history.size()) - 1;
    constexpr int maximumSteps = 200;
    if (m_history.size() > maximumSteps) {
        m_history.removeFirst();
        --m_position;
    }
    Q_EMIT filterChanged(this->filter());
    Q_EMIT historyChanged();
}

void FilterState::setQuery(const QString &query)
{
    Filter next = filter();
    next.query = query;
    setFilter(next);
}

void FilterState::setDateRange(const QDate &from, const QDate &to)
{
    Filter next = filter();
    next.from = from;
    next.to = to;
    if (next.from.isValid() && next.to.isValid() && next.from > next.to)
        std::swap(next.from, next.to);
    setFilter(next);
}

void FilterState::clearDateRange()
{
    setDateRange({}, {});
}

void FilterState::addEntity(const QString &name)
{
    Filter next = filter();
    if (!next.entities.contains(name))
        next.entities.append(name);
    setFilter(next);
}

void FilterState::removeEntity(const QString &name)
{
    Filter next = filter();
    next.entities.removeAll(name);
    setFilter(next);
}

void FilterState::toggleLanguage(const QString &language)
{
    Filter next = filter();
    if (!next.languages.removeAll(language))
        next.languages.append(language);
    setFilter(next);
}

void FilterState::toggleSource(const QString &source)
{
    Filter next = filter();
    if (!next.sources.removeAll(source))
        next.sources.append(source);
    setFilter(next);
}

void FilterState::addTag(const QString &tag)
{
    Filter next = filter();
    if (!next.tags.contains(tag))
        next.tags.append(tag);
    setFilter(next);
}

void FilterState::removeTag(const QString &tag)
{
    Filter next = filter();
    next.tags.removeAll(tag);
    setFilter(next);
}

void FilterState::clear()
{
    setFilter(Filter {});
}

void FilterState::back()
{
    if (!canGoBack())
        return;
    --m_position;
    Q_EMIT filterChanged(filter());
    Q_EMIT historyChanged();
}

void FilterState::forward()
{
    if (!canGoForward())
        return;
    ++m_position;
    Q_EMIT filterChanged(filter());
    Q_EMIT historyChanged();
}

void FilterState::selectArticle(qint64 id)
{
    if (id == m_selectedArticle)
        return;
    m_selectedArticle = id;
    Q_EMIT articleSelected(id);
}

} // namespace casebook
