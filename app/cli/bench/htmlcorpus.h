// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntheticcorpus.h"

#include <QByteArray>

namespace casebook::bench {

/// Saved web pages around synthetic articles, as news sites dress them: head with scripts, styles, OpenGraph
/// and JSON-LD; cookie banner, navigation, share bar, inline ads and "Read also" teasers; related and
/// most-read lists, comments and a reply form, newsletter and app promos, a footer. Three page layouts
/// (a modern news site, a table-layout Chinese portal, a blog) rotate with the index.
namespace HtmlCorpus {
QByteArray page(const SyntheticArticle &article, qint64 index);
} // namespace HtmlCorpus

} // namespace casebook::bench
