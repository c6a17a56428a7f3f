// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seed articles (CASEBOOK_SEEDS_DIR, ../shared/corpus/seeds) are real articles whose text never enters the
// repository, so a fresh clone does not have them. Tests that read them skip, naming the folder; the same
// behaviour is also checked on tests/data/articles, five short articles of our own writing.

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace casebook::testing {

inline QString seedsDir()
{
    return QStringLiteral(CASEBOOK_SEEDS_DIR);
}

inline bool haveSeeds()
{
    return QFileInfo(seedsDir()).isDir();
}

/// tests/data/articles: three English and two Chinese articles of our own writing.
inline QString fixtureArticlesDir()
{
    return QStringLiteral(CASEBOOK_TEST_DATA_DIR "/articles");
}

inline QByteArray missingSeedsMessage()
{
    return "the seed articles are not in " + seedsDir().toUtf8() + " (CASEBOOK_SEEDS_DIR)";
}

} // namespace casebook::testing

/// Skips the current test function (or data row) when the seed articles are absent.
#define CASEBOOK_SKIP_WITHOUT_SEEDS()                                                                                  \
    do {                                                                                                               \
        if (!casebook::testing::haveSeeds())                                                                           \
            QSKIP(casebook::testing::missingSeedsMessage().constData());                                               \
    } while (false)
