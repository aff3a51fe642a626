#include "dossier/extract/number_tokens.h"

#include <array>

#include "dossier/core/ascii.h"

namespace dossier {
namespace {

enum class CharClass : unsigned char { kSpace, kLetter, kDigit, kApostrophe, kPunct };

struct CharInfo {
  CharClass cls;
  std::uint32_t len;
};

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

constexpr std::array<CharClass, 128> make_ascii_classes() {
  std::array<CharClass, 128> a{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kPunct;
    if (c <= 0x20 || c == 0x7F) k = CharClass::kSpace;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') k = CharClass::kLetter;
    if (c == '\'') k = CharClass::kApostrophe;
    a[c] = k;
  }
  return a;
}
constexpr std::array<CharClass, 128> kAsciiClass = make_ascii_classes();

// Classifies the (possibly multi-byte) character at s[p].
inline CharInfo classify(std::string_view s, std::size_t p) {
  const unsigned char c = s[p];
  if (c < 0x80) return {kAsciiClass[c], 1};
  const std::size_t rest = s.size() - p;
  const unsigned char d = rest > 1 ? static_cast<unsigned char>(s[p + 1]) : 0;
  const unsigned char e = rest > 2 ? static_cast<unsigned char>(s[p + 2]) : 0;
  if (c == 0xC2 && rest > 1) {
    if (d == 0xA0 || d < 0xA0) return {CharClass::kSpace, 2};  // NBSP, C1 controls
    return {CharClass::kPunct, 2};                             // ¡ £ « » ° ...
  }
  if (c == 0xE2 && rest > 2) {
    if (d == 0x80) {
      if (e <= 0x8B || e == 0xAF) return {CharClass::kSpace, 3};       // spaces, ZW space
      if (e == 0x98 || e == 0x99) return {CharClass::kApostrophe, 3};  // ‘ ’
    }
    if (d == 0x81 && e == 0x9F) return {CharClass::kSpace, 3};
    return {CharClass::kPunct, 3};  // dashes, quotes, bullets, currency, arrows
  }
  if (c == 0xE3 && d == 0x80 && e == 0x80 && rest > 2) return {CharClass::kSpace, 3};
  if (c == 0xEF && d == 0xBB && e == 0xBF && rest > 2) return {CharClass::kSpace, 3};
  std::uint32_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len > rest) len = static_cast<std::uint32_t>(rest);
  return {CharClass::kLetter, len};
}

bool is_digit_at(std::string_view s, std::size_t p) {
  return p < s.size() && s[p] >= '0' && s[p] <= '9';
}
bool is_letter_at(std::string_view s, std::size_t p) {
  return p < s.size() && ascii_letter(static_cast<unsigned char>(s[p]));
}

// A letter or digit (of any script) starts at s[p].
bool word_char_at(std::string_view s, std::size_t p) {
  if (p >= s.size()) return false;
  const CharClass c = classify(s, p).cls;
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

// "U", "U.S", "U.N.S": single ASCII letters separated by dots.
bool dotted_letters(std::string_view s) {
  if (s.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i % 2 == 0 ? !ascii_letter(static_cast<unsigned char>(s[i])) : s[i] != '.') return false;
  return true;
}

// Where the word starting at s[p] ends and what it holds: letters and digits of any
// script, with decimal and thousands separators, clock colons, inner apostrophes
// ("O'Brien", not a possessive "'s") and dotted abbreviations ("U.S.").
struct WordScan {
  std::size_t end = 0;
  bool digits = false, letters = false, colon = false;
};

WordScan scan_word(std::string_view s, std::size_t p) {
  WordScan w;
  std::size_t q = p;
  while (q < s.size()) {
    const unsigned char b = s[q];
    if (b < 0x80) {  // fast path for ASCII letters and digits
      const CharClass k = kAsciiClass[b];
      if (k == CharClass::kLetter || k == CharClass::kDigit) {
        (k == CharClass::kLetter ? w.letters : w.digits) = true;
        ++q;
        continue;
      }
    }
    const CharInfo cq = classify(s, q);
    if (cq.cls == CharClass::kDigit) {
      w.digits = true;
      q += 1;
      continue;
    }
    if (cq.cls == CharClass::kLetter) {
      w.letters = true;
      q += cq.len;
      continue;
    }
    const char c = s[q];
    if ((c == ',' || c == '.') && is_digit_at(s, q - 1) && is_digit_at(s, q + 1)) {
      q += 1;
      continue;
    }
    if (c == ':' && is_digit_at(s, q - 1) && is_digit_at(s, q + 1)) {
      w.colon = true;
      q += 1;
      continue;
    }
    if (cq.cls == CharClass::kApostrophe && is_letter_at(s, q - 1) && is_letter_at(s, q + cq.len)) {
      if ((s[q + cq.len] | 0x20) == 's' && !word_char_at(s, q + cq.len + 1)) break;
      q += cq.len;
      continue;
    }
    if (c == '.' && !w.digits && dotted_letters(s.substr(p, q - p))) {
      if (is_letter_at(s, q + 1) && q + 2 < s.size() && s[q + 2] == '.') {
        q += 1;
        continue;
      }
      if (q - p >= 3) q += 1;  // the final dot of "U.S."
    }
    w.end = q;
    return w;
  }
  w.end = q;
  return w;
}

}  // namespace

WordTokens::WordTokens(std::string_view sentence) : text_(sentence), lower_(sentence) {
  for (char& c : lower_) c = ascii_lower(c);
  tokens_.reserve(sentence.size() / 5 + 4);
  const std::string_view s = sentence;
  bool space = true;
  std::size_t p = 0;
  while (p < s.size()) {
    if (static_cast<unsigned char>(s[p]) == ' ') {
      space = true;
      ++p;
      continue;
    }
    const CharInfo ci = classify(s, p);
    if (ci.cls == CharClass::kSpace) {
      space = true;
      p += ci.len;
      continue;
    }
    WordToken t;
    t.start = static_cast<std::uint32_t>(p);
    t.space_before = space;
    t.capitalized = is_ascii_upper(s[p]);
    space = false;
    if (ci.cls == CharClass::kPunct || ci.cls == CharClass::kApostrophe) {
      // A possessive "'s" directly after a word is a word token of its own.
      if (ci.cls == CharClass::kApostrophe && !tokens_.empty() && !t.space_before &&
          tokens_.back().kind != WordKind::kPunct && p + ci.len < s.size() &&
          (s[p + ci.len] | 0x20) == 's' && !word_char_at(s, p + ci.len + 1)) {
        t.end = static_cast<std::uint32_t>(p + ci.len + 1);
        t.kind = WordKind::kWord;
        t.capitalized = false;
        tokens_.push_back(t);
        p = t.end;
        continue;
      }
      t.end = static_cast<std::uint32_t>(p + ci.len);
      t.kind = WordKind::kPunct;
      tokens_.push_back(t);
      p = t.end;
      continue;
    }
    const WordScan w = scan_word(s, p);
    t.end = static_cast<std::uint32_t>(w.end);
    t.kind = w.colon || (w.digits && w.letters) ? WordKind::kMixed
             : w.digits                         ? WordKind::kNumber
                                                : WordKind::kWord;
    tokens_.push_back(t);
    p = w.end;
  }
}

bool WordTokens::is_dash(std::size_t i) const {
  if (i >= tokens_.size() || tokens_[i].kind != WordKind::kPunct) return false;
  const std::string_view w = text(i);
  return w == "-" || w == "\u2013" || w == "\u2014" || w == "\u2212" || w == "\u2010" ||
         w == "\u2011";
}

bool WordTokens::possessive(std::size_t i) const {
  if (i >= tokens_.size() || tokens_[i].kind != WordKind::kWord || tokens_[i].space_before)
    return false;
  const std::string_view w = lower(i);
  return w == "'s" || w == "\u2019s";
}

}  // namespace dossier
