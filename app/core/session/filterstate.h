// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

namespace casebook {

/// What the analyst is looking at: a query plus the constraints that brushing, clicking and chips add.
struct Filter
{
    QString query; ///< the words typed into the search box, in the query language
    QDate from; ///< first day of the brushed date range (invalid: open)
    QDate to; ///< last day of the brushed date range (invalid: open)
    QStringList entities;
    QStringList languages;
    QStringList sources;
    QStringList tags;

    bool isEmpty() const;
    bool hasDateRange() const { return from.isValid() || to.isValid(); }
    /// The whole filter in the query language, so one parser and one engine serve every view.
    QString toQuery() const;
    /// The filter without its date range: what the timeline draws, so brushing never empties the timeline.
    Filter withoutDateRange() const;
    friend bool operator==(const Filter &a, const Filter &b);
    friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
};

/// The one filter/selection every view reads and writes. Each change is a step in a history the analyst can go
/// back and forward through, like a browser.
class FilterState : public QObject
{
    Q_OBJECT

public:
    explicit FilterState(QObject *parent = nullptr);

    const Filter &filter() const { return m_history.at(m_position); }
    void setFilter(const Filter &filter);
    void setQuery(const QString &query);
    void setDateRange(const QDate &from, const QDate &to);
    void clearDateRange();
    void addEntity(const QString &name);
    void removeEntity(const QString &name);
    void toggleLanguage(const QString &language);
    void toggleSource(const QString &source);
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    void clear();

    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    void back();
    void forward();

    /// The article and text range the analyst has selected (0 when none); not part of the history.
    qint64 selectedArticle() const { return m_selectedArticle; }
    void selectArticle(qint64 id);

Q_SIGNALS:
    void filterChanged(const casebook::Filter &filter);
    void historyChanged();
    void articleSelected(qint64 id);

private:
    QList<Filter> m_history { Filter {} };
    int m_position = 0;
    qint64 m_selectedArticle = 0;
};

} // namespace casebook

Q_DECLARE_METATYPE(casebook::Filter)
