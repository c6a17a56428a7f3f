// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "style/apppalette.h"

#include <QString>

namespace casebook {

/// What Edit › Settings… shows and changes, as kept in the user's settings (QSettings): the interface language,
/// the Tesseract languages for OCR, the theme and the number of worker threads.
struct AppSettings
{
    QString language; ///< "" follows the system; "en", "zh_CN"
    QString ocrLanguages; ///< Tesseract's notation, "eng+chi_sim"
    Theme theme = Theme::System;
    int workerThreads = 0; ///< 0: one per core

    static AppSettings load();
    void save() const;
    bool operator==(const AppSettings &other) const
    {
        return language == other.language && ocrLanguages == other.ocrLanguages && theme == other.theme
            && workerThreads == other.workerThreads;
    }
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};

} // namespace casebook
