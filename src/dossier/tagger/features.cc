#include "dossier/tagger/features.h"

#include <array>

#include "dossier/core/ascii.h"

namespace dossier {
namespace {

struct CodePoint {
  char32_t value;
  int length;
};

// Decodes the UTF-8 sequence at s[i]; a malformed byte decodes as itself with length 1.
CodePoint decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(s[i + k] & 0x3F); };
  if (b0 < 0x80) return {b0, 1};
  if ((b0 & 0xE0) == 0xC0 && cont(1)) return {(char32_t{b0} & 0x1F) << 6 | bits(1), 2};
  if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2))
    return {(char32_t{b0} & 0x0F) << 12 | bits(1) << 6 | bits(2), 3};
  if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3))
    return {(char32_t{b0} & 0x07) << 18 | bits(1) << 12 | bits(2) << 6 | bits(3), 4};
  return {b0, 1};
}

void append_utf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x400 && c <= 0x42F);
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

// The shape symbol of one code point (see word_shape).
char shape_symbol(char32_t c) {
  if (is_upper(c)) return 'X';
  if ((c >= 'a' && c <= 'z')) return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (is_dash(c)) return '-';
  if (c < 0x80) return static_cast<char>(c);
  // General punctuation, symbols and CJK punctuation; everything else counts as a letter.
  if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || c == 0xA0 || c == 0xD7 ||
      c == 0xF7 || (c >= 0xA1 && c <= 0xBF))
    return '*';
  return 'x';
}

// Calls fn(symbol) for each symbol of the collapsed shape of `word`.
template <typename Fn>
void for_each_shape_symbol(std::string_view word, Fn&& fn) {
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint cp = decode(word, i);
    i += cp.length;
    const char s = shape_symbol(cp.value);
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 2) fn(s);
  }
}

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

std::uint64_t fmix(std::uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  return fmix(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// Per-token values that the features combine; neighbours outside the sentence use padding.
struct TokenInfo {
  std::uint64_t word;
  std::uint64_t shape;
  std::array<std::uint64_t, 4> prefix;
  std::array<std::uint64_t, 4> suffix;
  std::uint8_t flags;
  std::uint8_t lex;
};

constexpr std::uint8_t kFlagCapitalized = 1 << 0;
constexpr std::uint8_t kFlagAllCaps = 1 << 1;
constexpr std::uint8_t kFlagDigit = 1 << 2;
constexpr std::uint8_t kFlagHyphen = 1 << 3;
constexpr std::uint8_t kFlagInitial = 1 << 4;
constexpr std::uint8_t kFlagPeriod = 1 << 5;
constexpr std::uint8_t kLexPadding = 0x80;

TokenInfo padding(std::uint64_t marker) { return {marker, marker, {}, {}, 0, kLexPadding}; }

TokenInfo describe(std::string_view text, std::string_view lower, bool initial, std::uint8_t lex) {
  TokenInfo info{};
  info.word = fnv(lower);
  info.lex = lex;
  std::uint64_t shape = kFnvOffset;
  for_each_shape_symbol(
      text, [&](char s) { shape = (shape ^ static_cast<unsigned char>(s)) * kFnvPrime; });
  info.shape = shape;

  // Prefixes and suffixes of 1-4 code points of the lowercased word.
  std::array<std::size_t, 5> starts{};  // byte offsets of the first code points
  std::size_t count = 0;
  for (std::size_t i = 0; i < lower.size() && count < starts.size();) {
    starts[count++] = i;
    i += decode(lower, i).length;
  }
  for (std::size_t k = 1; k <= 4; ++k) {
    const std::size_t end = k < count ? starts[k] : lower.size();
    info.prefix[k - 1] = fnv(lower.substr(0, end));
  }
  std::size_t cut = lower.size();
  for (std::size_t k = 1; k <= 4; ++k) {
    if (cut > 0) {
      --cut;
      while (cut > 0 && (static_cast<unsigned char>(lower[cut]) & 0xC0) == 0x80) --cut;
    }
    info.suffix[k - 1] = fnv(lower.substr(cut));
  }

  bool any_letter = false, all_upper = true;
  std::uint8_t flags = initial ? kFlagInitial : 0;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint cp = decode(text, i);
    const char s = shape_symbol(cp.value);
    if (i == 0 && s == 'X') flags |= kFlagCapitalized;
    if (s == 'X' || s == 'x') {
      any_letter = true;
      all_upper = all_upper && s == 'X';
    }
    if (s == 'd') flags |= kFlagDigit;
    if (s == '-') flags |= kFlagHyphen;
    if (s == '.') flags |= kFlagPeriod;
    i += cp.length;
  }
  if (any_letter && all_upper) flags |= kFlagAllCaps;
  info.flags = flags;
  return info;
}

}  // namespace

void append_lower(std::string_view word, std::string* out) {
  for (std::size_t i = 0; i < word.size();) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out->push_back(ascii_lower(static_cast<char>(b)));
      ++i;
      continue;
    }
    const CodePoint cp = decode(word, i);
    const char32_t lower = to_lower(cp.value);
    if (lower == cp.value)
      out->append(word.substr(i, cp.length));
    else
      append_utf8(lower, out);
    i += cp.length;
  }
}

std::string word_shape(std::string_view word) {
  std::string shape;
  for_each_shape_symbol(word, [&](char s) { shape.push_back(s); });
  return shape;
}

void extract_features(std::span<const TaggerToken> sentence, int hash_bits, std::string* scratch,
                      std::vector<std::uint32_t>* out) {
  const std::size_t n = sentence.size();
  scratch->clear();
  // Lowercase all words into one buffer first: offsets stay valid while it grows.
  std::vector<std::size_t> ends(n);
  for (std::size_t i = 0; i < n; ++i) {
    append_lower(sentence[i].text, scratch);
    ends[i] = scratch->size();
  }
  // infos[i + 2] describes token i; two padding entries on each side.
  std::vector<TokenInfo> infos(n + 4);
  infos[0] = infos[1] = padding(0x5be6a4d1c3e2f701ULL);
  infos[n + 2] = infos[n + 3] = padding(0x7a3c9e1b5d2f4086ULL);
  std::size_t begin = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view lower(scratch->data() + begin, ends[i] - begin);
    infos[i + 2] = describe(sentence[i].text, lower, i == 0, sentence[i].lex);
    begin = ends[i];
  }

  out->resize(n * kFeaturesPerToken);
  const int shift = 64 - hash_bits;
  for (std::size_t i = 0; i < n; ++i) {
    const TokenInfo& l2 = infos[i];
    const TokenInfo& l1 = infos[i + 1];
    const TokenInfo& c = infos[i + 2];
    const TokenInfo& r1 = infos[i + 3];
    const TokenInfo& r2 = infos[i + 4];
    const std::array<std::uint64_t, kFeaturesPerToken> values = {
        0,
        c.word,
        c.shape,
        c.prefix[0],
        c.prefix[1],
        c.prefix[2],
        c.prefix[3],
        c.suffix[0],
        c.suffix[1],
        c.suffix[2],
        c.suffix[3],
        c.flags,
        l1.word,
        l2.word,
        r1.word,
        r2.word,
        l1.shape,
        l2.shape,
        r1.shape,
        r2.shape,
        mix(l1.word, c.word),
        mix(c.word, r1.word),
        mix(mix(l1.shape, c.shape), r1.shape),
        c.lex,
        c.lex & 0x0Fu,
        static_cast<std::uint64_t>(c.lex >> 4),
        l1.lex,
        r1.lex,
        l2.lex,
        r2.lex,
        mix(c.lex, c.shape),
        mix(l1.word, c.shape),
    };
    std::uint32_t* row = out->data() + i * kFeaturesPerToken;
    for (int j = 0; j < kFeaturesPerToken; ++j)
      row[j] =
          static_cast<std::uint32_t>(mix(static_cast<std::uint64_t>(j) + 1, values[j]) >> shift);
  }
}

}  // namespace dossier
