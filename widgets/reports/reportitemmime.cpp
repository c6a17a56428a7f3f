// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportitemmime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook::ReportItemMime {

QMimeData *encode(const QList<ReportItem> &items)
{
    QJsonArray array;
    QStringList plain;
    for (const ReportItem &item : items) {
        array.append(QJsonObject {
            { u"kind"_s, reportItemKindName(item.kind) }, { u"ref"_s, item.refId }, { u"caption"_s, item.caption } });
        plain << item.caption;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), QJsonDocument(array).toJson(QJsonDocument::Compact));
    mime->setText(plain.join(u'\n')); // dropped into a text editor: the quotes
    return mime;
}

QList<ReportItem> decode(const QMimeData *mime)
{
    QList<ReportItem> items;
    if (!mime || !mime->hasFormat(QString::fromLatin1(mimeType)))
        return items;
    const QJsonArray array = QJsonDocument::fromJson(mime->data(QString::fromLatin1(mimeType))).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const std::optional<ReportItem::Kind> kind = reportItemKindFromName(object.value(u"kind"_s).toString());
        if (!kind || *kind == ReportItem::Kind::Figure)
            continue;
        ReportItem item;
        item.kind = *kind;
        item.refId = object.value(u"ref"_s).toInteger();
        item.caption = object.value(u"caption"_s).toString();
        items.append(item);
    }
    return items;
}

QMimeData *encodeRows(const QModelIndexList &indexes, const std::function<ReportItem(int row)> &itemAt)
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<ReportItem> items;
    for (const int row : std::as_const(rows))
        items.append(itemAt(row));
    return items.isEmpty() ? nullptr : encode(items);
}

} // namespace casebook::ReportItemMime
