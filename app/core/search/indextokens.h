// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casebook {

class SearchTokenizer;

/// The full-text tokens of one article's indexed fields, made where the article is read (an import worker) so that
/// the writer thread, the one serial part of an import, hands FTS5 tokens instead of tokenizing.
///
/// make() runs the "casebook" tokenizer over each field and records exactly what it would have told FTS5 (token,
/// colocated flag, byte range), beside the field's UTF-8 text. While a Replay is alive on a thread, the tokenizer
/// on that thread looks every document text FTS5 hands it up among the recorded ones and, when the bytes are the
/// same, replays the recorded tokens; any other text is tokenized as before. So the index is the same either way
/// (FTS5's integrity-check, which tokenizes the stored text again, confirms it in the tests).
class IndexTokens
{
public:
    /// FTS5's xToken callback: (context, flags, token, length, byteStart, byteEnd) → SQLite result code.
    using TokenCallback = int (*)(void *, int, const char *, int, int, int);

    /// The tokens of title, text, source and author, as one opaque block. Thread-safe (one tokenizer per thread).
    static QByteArray make(const QString &title, const QString &text, const QString &source, const QString &author);

    /// Tells `callback` every token FTS5 gets from `utf8` in a document: the one rule both the FTS5 tokenizer and
    /// make() follow. Returns the first result that is not SQLITE_OK.
    static int tokenize(SearchTokenizer &tokenizer, std::string_view utf8, void *context, TokenCallback callback);

    /// Tells `callback` the tokens recorded for `utf8` when a Replay on this thread holds that text, and returns
    /// true; returns false (calling nothing) otherwise. `result` gets the callback's first failure or SQLITE_OK.
    static bool replay(std::string_view utf8, void *context, TokenCallback callback, int *result);

    /// Makes the recorded tokens of `blocks` (from make(); empty ones are skipped) available to the tokenizer on
    /// this thread until destroyed. The blocks must outlive the Replay. Not nestable.
    class Replay
    {
    public:
        explicit Replay(const std::vector<const QByteArray *> &blocks);
        ~Replay();
        Replay(const Replay &) = delete;
        Replay &operator=(const Replay &) = delete;

    private:
        friend class IndexTokens;
        struct Recorded
        {
            const char *records; ///< `count` fixed-size token records
            const char *pool; ///< the tokens' bytes the records point into
            quint32 count;
        };
        std::unordered_map<std::string_view, Recorded> m_tokensByText;
    };

    /// How many field texts the tokenizer replayed on this thread so far (tests: the writer did not tokenize).
    static qint64 replayedOnThisThread();
};

} // namespace casebook
