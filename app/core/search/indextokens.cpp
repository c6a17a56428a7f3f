// SPDX-License-Identifier: GPL-3.0-or-later
#include "indextokens.h"

#include "searchtokenizer.h"
#include "util/casebookerror.h"

#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {

thread_local const IndexTokens::Replay *t_replay = nullptr;
thread_local qint64 t_replayed = 0;

// A block is, for each field: text length (u32), the UTF-8 text, token count (u32), then per token its flags (u8),
// length (u32), bytes, byte start and end (i32 each). Native byte order: a block never leaves the process.
void appendU32(QByteArray &out, quint32 value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

quint32 readU32(std::string_view &in)
{
    quint32 value = 0;
    if (in.size() < sizeof value)
        throw CasebookError(u"A block of index tokens is cut short."_s);
    std::memcpy(&value, in.data(), sizeof value);
    in.remove_prefix(sizeof value);
    return value;
}

std::string_view take(std::string_view &in, size_t length)
{
    if (in.size() < length)
        throw CasebookError(u"A block of index tokens is cut short."_s);
    const std::string_view part = in.substr(0, length);
    in.remove_prefix(length);
    return part;
}

struct Recording
{
    QByteArray *out;
    quint32 count = 0;
};

int record(void *context, int flags, const char *token, int length, int start, int end)
{
    auto *recording = static_cast<Recording *>(context);
    QByteArray &out = *recording->out;
    out.append(char(flags));
    appendU32(out, quint32(length));
    out.append(token, length);
    appendU32(out, quint32(start));
    appendU32(out, quint32(end));
    ++recording->count;
    return SQLITE_OK;
}

} // namespace

int IndexTokens::tokenize(SearchTokenizer &tokenizer, std::string_view utf8, void *context, TokenCallback callback)
{
    int rc = SQLITE_OK;
    std::string stem;
    tokenizer.tokenize(utf8, SearchTokenizer::Purpose::Document, [&](const SearchToken &token) {
        rc = callback(context, token.colocated ? FTS5_TOKEN_COLOCATED : 0, token.text.data(), int(token.text.size()),
                      token.byteStart, token.byteEnd);
        if (rc == SQLITE_OK && !token.stem.empty()) {
            stem.assign(1, SearchTokenizer::stemMarker);
            stem.append(token.stem);
            rc = callback(context, FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), token.byteStart, token.byteEnd);
        }
        return rc == SQLITE_OK;
    });
    return rc;
}

QByteArray IndexTokens::make(const QString &title, const QString &text, const QString &source, const QString &author)
{
    thread_local SearchTokenizer tokenizer;
    QByteArray block;
    block.reserve(text.size() * 6 + 256);
    for (const QString *field : { &title, &text, &source, &author }) {
        const QByteArray utf8 = field->toUtf8();
        appendU32(block, quint32(utf8.size()));
        block.append(utf8);
        const qsizetype countAt = block.size();
        appendU32(block, 0);
        Recording recording { &block };
        tokenize(tokenizer, std::string_view(utf8.constData(), size_t(utf8.size())), &recording, record);
        std::memcpy(block.data() + countAt, &recording.count, sizeof recording.count);
    }
    return block;
}

IndexTokens::Replay::Replay(const std::vector<const QByteArray *> &blocks)
{
    for (const QByteArray *block : blocks) {
        std::string_view in(block->constData(), size_t(block->size()));
        while (!in.empty()) {
            const std::string_view text = take(in, readU32(in));
            const char *tokensStart = in.data();
            const quint32 count = readU32(in);
            for (quint32 i = 0; i < count; ++i) {
                take(in, 1);
                take(in, readU32(in));
                take(in, 2 * sizeof(quint32));
            }
            m_tokensByText.emplace(text, std::string_view(tokensStart, size_t(in.data() - tokensStart)));
        }
    }
    t_replay = this;
}

IndexTokens::Replay::~Replay()
{
    t_replay = nullptr;
}

bool IndexTokens::replay(std::string_view utf8, void *context, TokenCallback callback, int *result)
{
    *result = SQLITE_OK;
    if (!t_replay)
        return false;
    const auto found = t_replay->m_tokensByText.find(utf8);
    if (found == t_replay->m_tokensByText.end())
        return false;
    std::string_view in = found->second;
    const quint32 count = readU32(in);
    for (quint32 i = 0; i < count && *result == SQLITE_OK; ++i) {
        const int flags = static_cast<unsigned char>(take(in, 1).front());
        const std::string_view token = take(in, readU32(in));
        const int start = int(readU32(in));
        const int end = int(readU32(in));
        *result = callback(context, flags, token.data(), int(token.size()), start, end);
    }
    ++t_replayed;
    return true;
}

qint64 IndexTokens::replayedOnThisThread()
{
    return t_replayed;
}

} // namespace casebook
