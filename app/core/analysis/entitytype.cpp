// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytype.h"

using namespace Qt::StringLiterals;

namespace casebook {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return u"person"_s;
    case EntityType::Organisation:
        return u"organisation"_s;
    case EntityType::Place:
        return u"place"_s;
    case EntityType::Product:
        return u"product"_s;
    case EntityType::Money:
        return u"money"_s;
    case EntityType::Percent:
        return u"percent"_s;
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"person" || n == u"per" || n == u"people")
        return EntityType::Person;
    if (n == u"organisation" || n == u"organization" || n == u"org")
        return EntityType::Organisation;
    if (n == u"place" || n == u"loc" || n == u"location" || n == u"gpe")
        return EntityType::Place;
    if (n == u"product" || n == u"model" || n == u"ai-model")
        return EntityType::Product;
    if (n == u"money")
        return EntityType::Money;
    if (n == u"percent" || n == u"percentage")
        return EntityType::Percent;
    return std::nullopt;
}

QString entityKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    bool space = false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'\u00a0') {
            space = !key.isEmpty();
            continue;
        }
        if (c == u'.')
            continue;
        if (space) {
            key += u' ';
            space = false;
        }
        if (c == u'\u2019' || c == u'\u2018')
            key += u'\'';
        else if (c == u'\u2010' || c == u'\u2011' || c == u'\u2013')
            key += u'-';
        // the middle dot of a foreign name in Chinese, however it was typed: 唐纳德·特朗普, 唐纳德‧特朗普,
        // 唐纳德•特朗普
        else if (c == u'\u2027' || c == u'\u2022' || c == u'\u30fb' || c == u'\uff65' || c == u'\u2219'
                 || c == u'\u22c5')
            key += u'\u00b7';
        else
            key += c.toCaseFolded();
    }
    if (key.startsWith(u"the "_s))
        key.remove(0, 4);
    if (key.endsWith(u"'s"_s))
        key.chop(2);
    return key;
}

} // namespace casebook
