// SPDX-License-Identifier: GPL-3.0-or-later
#include "chineseproductcues.h"

#include "util/unicodescript.h"

#include <QString>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebook {

QList<ChineseProductCues::Span> ChineseProductCues::quotedNames() const
{
    static const QStringList kinds
        = { u"小程序"_s,     u"APP"_s,    u"App"_s,    u"app"_s,        u"客户端"_s, u"平台"_s,
            u"政务服务网"_s, u"公众号"_s, u"大模型"_s, u"通用大模型"_s, u"移动端"_s, u"系统"_s };
    static const QString opens = u"“‘「『"_s;
    static const QString closes = u"”’」』"_s;
    QList<Span> found;
    for (qsizetype at = 3; at + 2 <= m_text.size(); ++at) {
        const char16_t close = m_text[at].unicode();
        if (close != u'”' && close != u'’' && close != u'」' && close != u'』')
            continue;
        const qsizetype open = m_text.left(at).lastIndexOf(opens[closes.indexOf(QChar(close))]);
        if (open < 0 || at - open - 1 < 2 || at - open - 1 > 8)
            continue;
        const QStringView name = m_text.mid(open + 1, at - open - 1);
        const bool plain = std::all_of(name.cbegin(), name.cend(),
                                       [](QChar c) { return c.isLetterOrNumber() && !isChineseStop(c.unicode()); });
        const QStringView after = m_text.mid(at + 1);
        if (plain
            && std::any_of(kinds.cbegin(), kinds.cend(), [&](const QString &kind) { return after.startsWith(kind); }))
            found.append({ open + 1, at });
    }
    return found;
}

QList<ChineseProductCues::Span> ChineseProductCues::appsAfterUse(const SpanTest &isPlainOrPlace) const
{
    // found from the kinds' last characters, which stand far less often than a whole scan would cost
    static const QStringList apps = { u"移动端"_s, u"小程序"_s, u"客户端"_s, u"APP"_s, u"App"_s };
    static const QStringList uses = { u"在"_s, u"通过"_s, u"登录"_s, u"打开"_s, u"下载"_s, u"使用"_s, u"借助"_s };
    QList<Span> found;
    for (const QChar last : { u'端', u'序', u'P', u'p' })
        for (qsizetype end = m_text.indexOf(last, 4); end > 0; end = m_text.indexOf(last, end + 1))
            for (const QString &app : apps) {
                const qsizetype at = end + 1 - app.size();
                if (app.back() != last || at < 3 || m_text.mid(at, app.size()) != app)
                    continue;
                for (const qsizetype length : { 3, 2, 4 }) {
                    const qsizetype start = at - length;
                    if (start < 1 || !m_wordStart[size_t(start)])
                        continue;
                    bool han = true;
                    for (qsizetype k = start; k < at; ++k)
                        han = han && unicode::isHan(m_text[k].unicode()) && !isChineseStop(m_text[k].unicode());
                    const QStringView before = m_text.left(start);
                    if (han
                        && std::any_of(uses.cbegin(), uses.cend(),
                                       [&](const QString &use) { return before.endsWith(use); })
                        && !isPlainOrPlace(start, at)) {
                        found.append({ start, at });
                        break;
                    }
                }
            }
    return found;
}

} // namespace casebook
