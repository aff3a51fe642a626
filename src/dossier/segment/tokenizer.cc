#include "dossier/segment/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "dossier/core/ascii.h"
#include "dossier/segment/abbreviations.h"

namespace dossier {
namespace {

enum class Cls : std::uint8_t {
  kSpace,
  kNewline,
  kLetter,
  kDigit,
  kMark,        // combining marks and joiners: continue a word, never start one
  kHyphen,      // '-', U+2010, U+2011
  kApostrophe,  // '\'', U+2019
  kDash,        // en, em and other dashes, minus sign
  kOther,       // any other punctuation or symbol
};

constexpr std::array<Cls, 128> make_ascii_table() {
  std::array<Cls, 128> t{};
  for (auto& c : t) c = Cls::kOther;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = Cls::kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = Cls::kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = Cls::kDigit;
  t[' '] = t['\t'] = t['\f'] = t['\v'] = Cls::kSpace;
  for (int c = 0; c < 0x20; ++c) {
    if (c != '\t' && c != '\f' && c != '\v') t[c] = Cls::kSpace;
  }
  t[0x7F] = Cls::kSpace;
  t['\n'] = t['\r'] = Cls::kNewline;
  t['-'] = Cls::kHyphen;
  t['\''] = Cls::kApostrophe;
  return t;
}
constexpr std::array<Cls, 128> kAscii = make_ascii_table();

Cls classify_non_ascii(UChar32 cp) {
  switch (cp) {
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return Cls::kNewline;
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
      return Cls::kSpace;
    case 0x00AD:
    case 0x200C:
    case 0x200D:
      return Cls::kMark;
    case 0x2010:
    case 0x2011:
      return Cls::kHyphen;
    case 0x2019:
      return Cls::kApostrophe;
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return Cls::kDash;
    default:
      break;
  }
  if (u_isUWhiteSpace(cp)) return Cls::kSpace;
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return Cls::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return Cls::kDigit;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return Cls::kMark;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_UNASSIGNED:
    case U_SURROGATE:
      return Cls::kSpace;
    default:
      return Cls::kOther;
  }
}

struct Char {
  Cls cls;
  std::uint8_t len;  // bytes; 0 past the end of the text
  bool upper;        // ASCII uppercase letter
};

bool is_word(Cls c) { return c == Cls::kLetter || c == Cls::kDigit || c == Cls::kMark; }
bool is_alnum(Cls c) { return c == Cls::kLetter || c == Cls::kDigit; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* tokens,
            std::vector<std::uint32_t>* line_starts)
      : s_(text.data()), n_(text.size()), tokens_(tokens), line_starts_(line_starts) {}

  void run() {
    std::size_t i = 0;
    while (i < n_) {
      const Char c = at(i);
      switch (c.cls) {
        case Cls::kSpace:
          i += c.len;
          break;
        case Cls::kNewline:
          newline_ = true;
          i += c.len;
          break;
        case Cls::kLetter:
        case Cls::kDigit:
          if (const std::size_t end = url_end(i); end != 0) {
            i = end;
          } else {
            i = word(i);
          }
          break;
        case Cls::kApostrophe:
          i = apostrophe(i, c);
          break;
        case Cls::kHyphen:
        case Cls::kOther:
          i = punctuation(i, c);
          break;
        case Cls::kMark:
        case Cls::kDash:
          emit(i, i + c.len);
          i += c.len;
          break;
      }
    }
  }

 private:
  Char at(std::size_t i) const {
    if (i >= n_) return {Cls::kSpace, 0, false};
    const unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) return {kAscii[b], 1, b >= 'A' && b <= 'Z'};
    std::size_t j = i;
    UChar32 cp;
    U8_NEXT_OR_FFFD(reinterpret_cast<const std::uint8_t*>(s_), j, n_, cp);
    return {classify_non_ascii(cp), static_cast<std::uint8_t>(j - i), false};
  }
  char byte(std::size_t i) const { return i < n_ ? s_[i] : '\0'; }
  bool ascii_upper(std::size_t i) const { return byte(i) >= 'A' && byte(i) <= 'Z'; }

  void emit(std::size_t start, std::size_t end) {
    if (newline_) {
      line_starts_->push_back(static_cast<std::uint32_t>(tokens_->size()));
      newline_ = false;
    }
    tokens_->push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
  }

  // Length of a clitic ("s", "ll", "re", "ve", "d", "m") starting at `i`, which must be
  // followed by a non-word character; 0 if there is none.
  std::size_t clitic_at(std::size_t i) const {
    const char a = ascii_lower(byte(i));
    std::size_t len = 0;
    if (a == 's' || a == 'd' || a == 'm') {
      len = 1;
    } else if ((a == 'l' && ascii_lower(byte(i + 1)) == 'l') ||
               (a == 'r' && ascii_lower(byte(i + 1)) == 'e') ||
               (a == 'v' && ascii_lower(byte(i + 1)) == 'e')) {
      len = 2;
    }
    return len > 0 && !is_word(at(i + len).cls) ? len : 0;
  }

  // End of a URL starting at `i` ("http://", "https://", "www."), having emitted it; 0 if
  // there is none. A URL runs to whitespace, '<', '>', '"' or non-ASCII text, without
  // trailing punctuation.
  std::size_t url_end(std::size_t i) {
    const std::string_view rest(s_ + i, n_ - i);
    if (!(rest.starts_with("http://") || rest.starts_with("https://") ||
          rest.starts_with("www."))) {
      return 0;
    }
    std::size_t j = i;
    while (j < n_) {
      const unsigned char b = static_cast<unsigned char>(s_[j]);
      if (b >= 0x80 || b <= ' ' || b == '<' || b == '>' || b == '"') break;
      ++j;
    }
    while (j > i && std::string_view(".,;:!?)]}'").find(s_[j - 1]) != std::string_view::npos) --j;
    emit(i, j);
    return j;
  }

  // End of a chain of two or more single letters each followed by '.' at `i` ("U.S.",
  // "a.m."), or 0.
  std::size_t initialism_end(std::size_t i) const {
    std::size_t j = i;
    int letters = 0;
    while (true) {
      const Char c = at(j);
      if (c.cls != Cls::kLetter || byte(j + c.len) != '.') break;
      const Char after = at(j + c.len + 1);
      j += c.len + 1;
      ++letters;
      if (after.cls != Cls::kLetter) break;
    }
    return letters >= 2 && !is_word(at(j).cls) ? j : 0;
  }

  // Scans the word or number starting at `start`, emits it and returns its end.
  std::size_t word(std::size_t start) {
    std::size_t j = start;
    bool last_digit = false;
    if (const std::size_t end = initialism_end(start); end != 0) {
      j = end;
      const Char next = at(j);
      if (next.cls != Cls::kHyphen || !is_alnum(at(j + next.len).cls)) {
        emit(start, j);
        return j;
      }
    }
    while (true) {
      Char c = at(j);
      while (is_word(c.cls)) {
        if (c.cls != Cls::kMark) last_digit = c.cls == Cls::kDigit;
        j += c.len;
        c = at(j);
      }
      if (c.len == 0) break;
      const std::size_t after = j + c.len;
      const Char next = at(after);
      if (c.cls == Cls::kHyphen) {
        if (!is_alnum(next.cls) || (last_digit && next.cls == Cls::kDigit)) break;
        j = after;
        continue;
      }
      if (c.cls == Cls::kApostrophe) {
        if (clitic_at(after) != 0) break;
        if (ascii_lower(byte(j - 1)) == 'n' && ascii_lower(byte(after)) == 't' && j - 1 > start &&
            !is_word(at(after + 1).cls)) {
          emit(start, j - 1);  // "do" + "n't"
          emit(j - 1, after + 1);
          return after + 1;
        }
        if (next.cls != Cls::kLetter || last_digit) break;
        j = after;
        continue;
      }
      const char b = s_[j];
      if ((b == '.' || b == ',' || b == ':' || b == '/') && last_digit && next.cls == Cls::kDigit) {
        j = after;
        continue;
      }
      if (b == '&' && ascii_upper(j - 1) && next.upper) {
        j = after;
        continue;
      }
      break;
    }
    if (byte(j) == '.' && keeps_period(start, j)) ++j;
    emit(start, j);
    return j;
  }

  // True when the word [start, end), followed by '.', is an abbreviation or initial.
  bool keeps_period(std::size_t start, std::size_t end) const {
    if (is_word(at(end + 1).cls)) return false;
    const std::string_view w(s_ + start, end - start);
    if (w.size() == 1) return ascii_upper(start);
    const AbbreviationKind kind = abbreviation_kind(w);
    if (kind == AbbreviationKind::kNone) return false;
    if (w == "No" || w == "Nos") {  // "No. 5", not "he said No."
      std::size_t k = end + 1;
      while (byte(k) == ' ') ++k;
      return at(k).cls == Cls::kDigit;
    }
    return true;
  }

  // An apostrophe at `i`: a clitic ("'s", "’ll", also after a space as in CoNLL text),
  // else on its own.
  std::size_t apostrophe(std::size_t i, Char c) {
    const std::size_t clitic = clitic_at(i + c.len);
    emit(i, i + c.len + clitic);
    return i + c.len + clitic;
  }

  // Punctuation at `i`: runs of '.' or '-' are one token, anything else one character.
  std::size_t punctuation(std::size_t i, Char c) {
    const char b = s_[i];
    std::size_t j = i + c.len;
    if (c.len == 1 && (b == '.' || b == '-')) {
      while (byte(j) == b) ++j;
    }
    emit(i, j);
    return j;
  }

  const char* s_;
  std::size_t n_;
  std::vector<Token>* tokens_;
  std::vector<std::uint32_t>* line_starts_;
  bool newline_ = false;
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>* tokens,
              std::vector<std::uint32_t>* line_starts) {
  Tokenizer(text, tokens, line_starts).run();
}

}  // namespace dossier
