// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chineseplacecues.h"

namespace casebook {

/// Products in Chinese text found by how the text names them rather than by a list: a quoted name before the kind
/// of app, platform or model it is (“市中云”小程序, “九天”通用大模型), and an unquoted one before an app's kind after a
/// verb of use (在粤政易移动端). Same text and word boundaries as ChinesePlaceCues.
class ChineseProductCues
{
public:
    using Span = ChinesePlaceCues::Span;
    using SpanTest = ChinesePlaceCues::SpanTest;

    ChineseProductCues(QStringView text, const std::vector<char> &wordStart)
        : m_text(text)
        , m_wordStart(wordStart)
    { }

    /// The names between quotation marks before a kind (2 to 8 letters or digits, no particle).
    QList<Span> quotedNames() const;
    /// The names of two to four characters before 移动端, 小程序, 客户端 or APP after 在, 通过, 登录 …, unless
    /// `isPlainOrPlace` (a plain word such as 手机, or a place).
    QList<Span> appsAfterUse(const SpanTest &isPlainOrPlace) const;

private:
    QStringView m_text;
    const std::vector<char> &m_wordStart;
};

} // namespace casebook
