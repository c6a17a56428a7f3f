// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace casebook {

/// Traditional Chinese to Simplified for matching (OpenCC's t2s conversion): one lexicon and one set of rules
/// serve both scripts while the text keeps its own script. The result has the same length in UTF-16 code units as
/// the input, so offsets found in it are offsets into the text as written: where OpenCC would change a length (a
/// phrase of another length), the characters are converted one by one, and one that would still change length is
/// kept as written.
class ScriptConverter
{
public:
    /// The text in Simplified script, same length; the text itself when it has no Han character or when OpenCC's
    /// data (libopencc-data) cannot be read, which is reported once on stderr.
    static QString toSimplified(QStringView text);
};

} // namespace casebook
