// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"

#include <QFileInfo>

namespace casebook {

QString SourceFile::suffix() const
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace casebook
