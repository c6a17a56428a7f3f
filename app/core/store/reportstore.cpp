// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

const QString reportColumns = u"id, name, title, citation_style, created_at, updated_at"_s;

/// A report's own row, read from a statement selecting `reportColumns`.
Report reportHead(const SqliteStatement &row)
{
    Report report;
    report.id = row.int64(0);
    report.name = row.text(1);
    report.title = row.text(2);
    report.style = citationStyleFromName(row.text(3)).value_or(CitationStyle::AuthorDate);
    report.createdAt = fromIso(row.text(4));
    report.updatedAt = fromIso(row.text(5));
    return report;
}

} // namespace

ReportStore::ReportStore(SqliteDatabase &db)
    : m_db(db)
{ }

QList<Report> ReportStore::reports() const
{
    QList<Report> list;
    auto select = m_db.prepare(u"SELECT "_s + reportColumns + u" FROM reports ORDER BY name COLLATE NOCASE"_s);
    while (select.step())
        list.append(reportHead(select));
    return list;
}

std::optional<Report> ReportStore::report(const QString &name) const
{
    auto find = m_db.prepare(u"SELECT id FROM reports WHERE name = ?1 COLLATE NOCASE"_s);
    find.bind(1, name.trimmed());
    if (!find.step())
        return std::nullopt;
    return load(find.int64(0));
}

std::optional<Report> ReportStore::report(qint64 id) const
{
    return load(id);
}

std::optional<Report> ReportStore::load(qint64 id) const
{
    auto head
        = m_db.prepare(u"SELECT id, name, title, citation_style, created_at, updated_at FROM reports WHERE id = ?1"_s);
    head.bind(1, id);
    if (!head.step())
        return std::nullopt;
    Report report;
    report.id = head.int64(0);
    report.name = head.text(1);
    report.title = head.text(2);
    report.style = citationStyleFromName(head.text(3)).value_or(CitationStyle::AuthorDate);
    report.createdAt = fromIso(head.text(4));
    report.updatedAt = fromIso(head.text(5));

    auto sections
        = m_db.prepare(u"SELECT id, heading, body FROM report_sections WHERE report_id = ?1 ORDER BY position, id"_s);
    sections.bind(1, id);
    auto items = m_db.prepare(u"SELECT id, kind, ref_id, caption, commentary, image FROM report_items "
                              u"WHERE section_id = ?1 ORDER BY position, id"_s);
    while (sections.step()) {
        ReportSection section;
        section.id = sections.int64(0);
        section.heading = sections.text(1);
        section.body = sections.text(2);
        items.bind(1, section.id);
        while (items.step()) {
            ReportItem item;
            item.id = items.int64(0);
            item.kind = reportItemKindFromName(items.text(1)).value_or(ReportItem::Kind::Article);
            item.refId = items.int64(2);
            item.caption = items.text(3);
            item.commentary = items.text(4);
            item.image = items.blob(5);
            section.items.append(item);
        }
        items.reset();
        report.sections.append(section);
    }
    return report;
}

Report ReportStore::save(const Report &report)
{
    const QString name = report.name.trimmed();
    if (name.isEmpty())
        throw CasebookError(u"A report needs a name."_s);
    SqliteTransaction transaction(m_db);
    auto clash = m_db.prepare(u"SELECT id FROM reports WHERE name = ?1 COLLATE NOCASE AND id <> ?2"_s);
    clash.bind(1, name).bind(2, report.id);
    if (clash.step())
        throw CasebookError(u"There is already a report named \u201c%1\u201d."_s.arg(name));

    const QString now = nowIso();
    qint64 id = report.id;
    if (id == 0) {
        auto insert = m_db.prepare(u"INSERT INTO reports (name, title, citation_style, created_at, updated_at) "
                                   u"VALUES (?1, ?2, ?3, ?4, ?4)"_s);
        insert.bind(1, name).bind(2, report.title).bind(3, citationStyleName(report.style)).bind(4, now);
        insert.exec();
        id = m_db.lastInsertId();
    } else {
        auto update = m_db.prepare(
            u"UPDATE reports SET name = ?2, title = ?3, citation_style = ?4, updated_at = ?5 WHERE id = ?1"_s);
        update.bind(1, id).bind(2, name).bind(3, report.title).bind(4, citationStyleName(report.style)).bind(5, now);
        update.exec();
        if (m_db.changes() == 0)
            throw CasebookError(u"There is no report %1 (it may have been deleted)."_s.arg(id));
        auto clear = m_db.prepare(u"DELETE FROM report_sections WHERE report_id = ?1"_s);
        clear.bind(1, id);
        clear.exec(); // items go with their sections (ON DELETE CASCADE)
    }

    auto insertSection
        = m_db.prepare(u"INSERT INTO report_sections (report_id, position, heading, body) VALUES (?1, ?2, ?3, ?4)"_s);
    auto insertItem = m_db.prepare(u"INSERT INTO report_items (section_id, position, kind, ref_id, caption, "
                                   u"commentary, image) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s);
    for (qsizetype s = 0; s < report.sections.size(); ++s) {
        const ReportSection &section = report.sections.at(s);
        insertSection.bind(1, id).bind(2, qint64(s)).bind(3, section.heading).bind(4, section.body);
        insertSection.exec();
        const qint64 sectionId = m_db.lastInsertId();
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const ReportItem &item = section.items.at(i);
            insertItem.bind(1, sectionId)
                .bind(2, qint64(i))
                .bind(3, reportItemKindName(item.kind))
                .bind(4, item.refId)
                .bind(5, item.caption)
                .bind(6, item.commentary);
            if (item.image.isEmpty())
                insertItem.bindNull(7);
            else
                insertItem.bind(7, item.image);
            insertItem.exec();
        }
    }
    transaction.commit();
    return *load(id);
}

void ReportStore::remove(const QString &name)
{
    auto remove = m_db.prepare(u"DELETE FROM reports WHERE name = ?1 COLLATE NOCASE"_s);
    remove.bind(1, name.trimmed());
    remove.exec();
    if (m_db.changes() == 0)
        throw CasebookError(u"There is no report named \u201c%1\u201d."_s.arg(name));
}

} // namespace casebook
