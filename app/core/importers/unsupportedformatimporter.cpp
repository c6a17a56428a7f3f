// SPDX-License-Identifier: GPL-3.0-or-later
#include "unsupportedformatimporter.h"

#include "binaryformat.h"
#include "util/casebookerror.h"

using namespace Qt::StringLiterals;

namespace casebook {

QString UnsupportedFormatImporter::format() const
{
    return u"unsupported"_s;
}

int UnsupportedFormatImporter::confidence(const SourceFile &file) const
{
    return BinaryFormat::identify(file.bytes) ? claimConfidence : 0;
}

ImportedArticle UnsupportedFormatImporter::read(const SourceFile &file) const
{
    if (const auto binary = BinaryFormat::identify(file.bytes))
        throw CasebookError(binary->reason);
    throw CasebookError(u"no importer can read files of this kind"_s);
}

} // namespace casebook
