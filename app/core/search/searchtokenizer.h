// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace casebook {

/// One token found by SearchTokenizer. `text` and `stem` point into the tokenizer's buffers and are valid only
/// during the callback.
struct SearchToken
{
    enum class Kind {
        Word, ///< a run of letters and digits (Latin, Cyrillic, ...), case- and accent-folded
        CjkBigram, ///< two neighbouring CJK characters
        CjkUnigram, ///< the last character of a CJK run (colocated with the run's last bigram), or a lone one
    };
    Kind kind = Kind::Word;
    std::string_view text; ///< folded form, UTF-8
    std::string_view stem; ///< English stem when it differs from `text`; empty otherwise
    int byteStart = 0; ///< in the UTF-8 input
    int byteEnd = 0;
    int utf16Start = 0; ///< the same span in UTF-16 code units (QString offsets)
    int utf16End = 0;
    /// True when this token sits at the same position as the one before it (FTS5_TOKEN_COLOCATED).
    bool colocated = false;
};

/// The one tokenizer of the full-text index, used alike for documents (through the FTS5 tokenizer "casebook"),
/// for query terms and for computing hit ranges, so that all three always agree.
///
/// - Letters and digits form words; words are NFKD-folded, stripped of accents and case-folded; full-width forms
///   fold to half-width. English words of three or more ASCII letters also get their Snowball stem.
/// - A run of CJK characters (Han, kana, Hangul) is cut into overlapping bigrams; the run's last character is
///   emitted as a unigram colocated with the last bigram (a lone character is a unigram of its own), so that a
///   one-character query can be a prefix query and phrases of bigrams stay contiguous.
/// Not thread-safe (the stemmer keeps state): use one instance per thread.
class SearchTokenizer
{
public:
    /// Bump when tokens change; a migration must then rebuild the index (see docs/search.md).
    static constexpr int version = 1;
    /// Marks stems in the index so that they never collide with exact word forms.
    static constexpr char stemMarker = '~';

    enum class Purpose {
        Document, ///< every token, including a CJK run's final unigram
        Query, ///< a CJK run of two or more characters gives only its bigrams
    };

    SearchTokenizer();
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    /// True for words the English stemmer handles: three or more ASCII letters.
    static bool isStemmable(std::string_view folded);

    /// Calls `emit` for every token in order; stops early when `emit` returns false.
    void tokenize(std::string_view utf8, Purpose purpose, const std::function<bool(const SearchToken &)> &emit);

    /// Convenience for tests and tools: the tokens as strings, stems written as "~stem" after their word.
    QStringList tokenStrings(const QString &text, Purpose purpose = Purpose::Document);

private:
    void emitWord(const SearchToken &base, const std::function<bool(const SearchToken &)> &emit, bool *keepGoing);

    sb_stemmer *m_stemmer = nullptr;
    std::string m_word;
    std::string m_fold;
    std::string m_cjk;
    /// Stems of words seen before (news text repeats its words); empty string when the stem is the word.
    std::unordered_map<std::string, std::string> m_stemCache;
    std::string m_stemKey;
};

} // namespace casebook
