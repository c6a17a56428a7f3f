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

// A block is, for each field: a header (text length, token count, token bytes), the field's UTF-8 text, a record
// per token, then the tokens' bytes. Fixed-size records so that the writer walks them without parsing. Native
// byte order: a block never leaves the process.
struct FieldHeader
{
    quint32 textLength = 0;
    quint32 tokenCount = 0;
    quint32 poolLength = 0;
};

struct TokenRecord
{
    qint32 flags = 0;
    qint32 length = 0;
    qint32 byteStart = 0;
    qint32 byteEnd = 0;
    quint32 poolOffset = 0;
};

template<typename T> void append(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

struct Recording
{
    std::vector<TokenRecord> records;
    std::string pool;
};

int record(void *context, int flags, const char *token, int length, int start, int end)
{
    auto *recording = static_cast<Recording *>(context);
    recording->records.push_back({ flags, length, start, end, quint32(recording->pool.size()) });
    recording->pool.append(token, size_t(length));
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
    thread_local Recording recording;
    QByteArray block;
    for (const QString *field : { &title, &text, &source, &author }) {
        const QByteArray utf8 = field->toUtf8();
        recording.records.clear();
        recording.pool.clear();
        tokenize(tokenizer, std::string_view(utf8.constData(), size_t(utf8.size())), &recording, record);
        append(block,
               FieldHeader { quint32(utf8.size()), quint32(recording.records.size()), quint32(recording.pool.size()) });
        block.append(utf8);
        block.append(reinterpret_cast<const char *>(recording.records.data()),
                     qsizetype(recording.records.size() * sizeof(TokenRecord)));
        block.append(recording.pool.data(), qsizetype(recording.pool.size()));
    }
    return block;
}

IndexTokens::Replay::Replay(const std::vector<const QByteArray *> &blocks)
{
    for (const QByteArray *block : blocks) {
        const char *at = block->constData();
        const char *const end = at + block->size();
        while (end - at >= qsizetype(sizeof(FieldHeader))) {
            FieldHeader header;
            std::memcpy(&header, at, sizeof header);
            const qsizetype recordsBytes = qsizetype(header.tokenCount) * qsizetype(sizeof(TokenRecord));
            const qsizetype fieldBytes
                = qsizetype(sizeof header) + qsizetype(header.textLength) + recordsBytes + qsizetype(header.poolLength);
            if (fieldBytes > end - at)
                throw CasebookError(u"A block of index tokens is cut short."_s);
            const char *text = at + sizeof header;
            m_tokensByText.emplace(
                std::string_view(text, header.textLength),
                Recorded { text + header.textLength, text + header.textLength + recordsBytes, header.tokenCount });
            at += fieldBytes;
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
    const Replay::Recorded &recorded = found->second;
    TokenRecord token;
    for (quint32 i = 0; i < recorded.count && *result == SQLITE_OK; ++i) {
        std::memcpy(&token, recorded.records + i * sizeof token, sizeof token);
        *result = callback(context, token.flags, recorded.pool + token.poolOffset, token.length, token.byteStart,
                           token.byteEnd);
    }
    ++t_replayed;
    return true;
}

qint64 IndexTokens::replayedOnThisThread()
{
    return t_replayed;
}

} // namespace casebook
