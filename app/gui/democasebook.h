// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace casebook {

/// Where the demo casebook comes from and where the analyst's own copy of it lives.
struct DemoLocations
{
    QStringList prebuilt; ///< demo.casebook files built at package or build time, the first that exists wins
    QStringList corpora; ///< folders of the demo's articles (with html/ and text/), to build the demo from
    QString userCopy; ///< the analyst's copy, which they annotate: never the installed file

    /// Installed beside the program (`<prefix>/share/casebook/demo.casebook`, `…/demo/`), in the data folders
    /// (`casebook/demo.casebook`), in the build tree (`demo.casebook` or `packaging/demo.casebook` beside `bin/`)
    /// and the source tree's `resources/demo`; the copy in the user's data folder (AppDataLocation).
    static DemoLocations standard();
};

/// The first-run demo: the analyst always works on a copy of their own in their data folder, copied from a prebuilt
/// demo when there is one, else built by importing the demo's articles into it.
class DemoCasebook
{
public:
    /// The first prebuilt demo that exists, or "".
    static QString findPrebuilt(const DemoLocations &where);
    /// The article folders of the first demo corpus found (`html/`, `text/`), or none.
    static QStringList findArticleFolders(const DemoLocations &where);
    /// Copies a prebuilt demo (and its write-ahead log, if one lies beside it) to `to`, writable by the user, and
    /// creates the folder. Throws CasebookError naming the file when it cannot; `to` is then not left half-written.
    static void copyPrebuilt(const QString &from, const QString &to);
    /// Remembers that `userCopy` holds the whole demo (copied, or its import finished), or forgets it.
    static void setComplete(const QString &userCopy, bool complete);
    /// Whether the copy at `userCopy` exists and holds the whole demo.
    static bool isComplete(const QString &userCopy);
};

} // namespace casebook
