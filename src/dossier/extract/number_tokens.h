// Cheap word tokens for the hand-written scanners of extract/ (numbers, dates,
// figures, attribution). Not a linguistic tokenizer: it splits one sentence
// into words, numbers and punctuation with byte offsets, in one pass and with
// two allocations per sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

enum class WordKind : unsigned char {
  kWord,    // letters (any non-ASCII letter too), inner apostrophes, "U.S."
  kNumber,  // digits with inner ',' or '.' between digits: "290,000", "1.5", "22.03.2024"
  kMixed,   // digits and letters or ':' mixed: "22nd", "1980s", "10:30", "MH17"
  kPunct,   // one punctuation character (ASCII or a UTF-8 dash, quote, currency sign)
};

struct WordToken {
  std::uint32_t start = 0, end = 0;  // byte offsets into the sentence
  WordKind kind = WordKind::kPunct;
  bool space_before = true;  // whitespace or the sentence start precedes the token
  bool capitalized = false;  // first byte is an ASCII capital letter
};

// The tokens of one sentence. Words keep inner hyphens out: "twenty-five" is
// three tokens, the dash with space_before == false, so callers see joins.
// A trailing "'s" / "’s" is its own kWord token (see possessive()).
class WordTokens {
 public:
  explicit WordTokens(std::string_view sentence);

  std::size_t size() const { return tokens_.size(); }
  const WordToken& operator[](std::size_t i) const { return tokens_[i]; }
  // Original text, and its ASCII-lowercased form, of token i (i < size()).
  std::string_view text(std::size_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  std::string_view lower(std::size_t i) const {
    return {lower_.data() + tokens_[i].start, tokens_[i].end - tokens_[i].start};
  }

  // True when token i exists and its lowercase form equals `word`.
  bool is(std::size_t i, std::string_view word) const {
    return i < tokens_.size() && lower(i) == word;
  }
  // True when token i exists and its lowercase form is one of `words`.
  bool is_any(std::size_t i, std::initializer_list<std::string_view> words) const {
    if (i >= tokens_.size()) return false;
    const std::string_view w = lower(i);
    for (std::string_view x : words)
      if (w.size() == x.size() && w == x) return true;
    return false;
  }
  // Token i is a hyphen or a UTF-8 en/em dash or minus sign.
  bool is_dash(std::size_t i) const;
  // Token i is the possessive "'s" split off a word.
  bool possessive(std::size_t i) const;
  // Token i exists and is attached to token i-1 (no whitespace between).
  bool joined(std::size_t i) const { return i < size() && i > 0 && !tokens_[i].space_before; }

 private:
  std::string_view text_;
  std::string lower_;
  std::vector<WordToken> tokens_;
};

}  // namespace dossier
