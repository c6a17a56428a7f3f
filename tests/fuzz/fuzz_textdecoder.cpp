// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes TextDecoder: encoding detection (BOM, strict UTF-8/UTF-16, uchardet, thin-evidence judging) and strict
// decoding. A refusal is a CasebookError with a reason; anything else (a crash, a hang, a leak) is a bug.
#include "fuzztarget.h"
#include "importers/textdecoder.h"
#include "util/casebookerror.h"

using namespace casebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    TextDecoder::looksBinary(input);
    try {
        const DecodedText decoded = TextDecoder::decode(input);
        decoded.ambiguityNotice();
        // what was chosen must decode the same bytes again, strictly
        TextDecoder::decodeAs(input, decoded.encoding);
    } catch (const CasebookError &) { }
    return 0;
}
