#include "dossier/core/name_match.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include "dossier/core/name_key.h"

namespace dossier {

std::vector<std::string> name_words(std::string_view name) {
  std::string key = name_key(name);
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t sp = key.find(' ', pos);
    if (sp == std::string::npos) sp = key.size();
    if (sp > pos) out.push_back(key.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return out;
}

bool is_short_name(std::string_view short_name, std::string_view full_name) {
  auto s = name_words(short_name), f = name_words(full_name);
  if (s.empty() || s.size() >= f.size()) return false;
  return std::equal(s.rbegin(), s.rend(), f.rbegin());
}

bool is_acronym_of(std::string_view acronym, std::string_view full_name) {
  std::string a = compact_key(acronym);
  auto words = name_words(full_name);
  if (a.size() < 2 || words.size() < 2) return false;
  // Match letters to word initials, allowing small words to be skipped.
  static const std::vector<std::string> kSmall = {"of", "the", "and", "for",
                                                  "in", "on",  "de",  "al"};
  std::function<bool(std::size_t, std::size_t)> go = [&](std::size_t i, std::size_t w) -> bool {
    if (i == a.size()) {
      for (; w < words.size(); ++w)
        if (std::find(kSmall.begin(), kSmall.end(), words[w]) == kSmall.end()) return false;
      return true;
    }
    if (w == words.size()) return false;
    const std::string& word = words[w];
    if (!word.empty() && word[0] == a[i] && go(i + 1, w + 1)) return true;
    return std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end() && go(i, w + 1);
  };
  return go(0, 0);
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

bool is_typo_of(std::string_view a, std::string_view b) {
  auto wa = name_words(a), wb = name_words(b);
  if (wa.size() != wb.size() || wa.empty()) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < wa.size(); ++i) {
    if (wa[i].empty() || wb[i].empty() || wa[i][0] != wb[i][0]) return false;
    letters += std::min(wa[i].size(), wb[i].size());
  }
  if (letters < 7) return false;
  int limit = letters >= 12 ? 2 : 1;
  std::string ka = compact_key(a), kb = compact_key(b);
  return ka != kb && edit_distance(ka, kb, limit) <= limit;
}

namespace {

// The ASCII spelling of a name in Latin letters as "Latin-ASCII" gives it, by canonical
// decomposition: accents dropped ("José Peña" -> "Jose Pena"), the letters that do not
// decompose spelled out ("ß" -> "ss", "ø" -> "o"); the dashes, curly quotes and no-break
// space name_key folds kept for it. False when the name holds anything else (another
// script), which needs the transliterator; the transliterator costs a tenth of a second to
// build, so Latin names never build it.
bool latin_to_ascii(std::string_view name, std::string* out) {
  static constexpr std::pair<UChar32, const char*> kLetters[] = {
      {0xDF, "ss"}, {0xC6, "AE"}, {0xE6, "ae"}, {0x152, "OE"}, {0x153, "oe"}, {0xD8, "O"},
      {0xF8, "o"},  {0x110, "D"}, {0xD0, "D"},  {0x111, "d"},  {0xF0, "d"},   {0x141, "L"},
      {0x142, "l"}, {0xDE, "TH"}, {0xFE, "th"}, {0x131, "i"}};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size())), status);
  if (U_FAILURE(status)) return false;
  out->clear();
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c >= 0x300 && c <= 0x36F) continue;  // combining accents
    const bool folded_later = c == 0xA0 || (c >= 0x2010 && c <= 0x2015) || c == 0x2018 ||
                              c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2212;
    if (c < 0x80 || folded_later) {
      icu::UnicodeString(c).toUTF8String(*out);
      continue;
    }
    const auto* letter = std::find_if(std::begin(kLetters), std::end(kLetters),
                                      [&](const auto& l) { return l.first == c; });
    if (letter == std::end(kLetters)) return false;
    *out += letter->second;
  }
  return true;
}

}  // namespace

std::string transliteration_key(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return romanization_key(name);
  std::string latin;
  if (latin_to_ascii(name, &latin)) return romanization_key(latin);
  static const std::unique_ptr<icu::Transliterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_FAILURE(status) ? nullptr : std::move(t);
  }();
  // Transliterators are not thread-safe; each thread uses its own clone.
  thread_local std::unique_ptr<icu::Transliterator> local(proto->clone());
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  local->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return romanization_key(out);
}

std::string romanization_key(std::string_view name) {
  std::string k = compact_key(name);
  std::string out;
  out.reserve(k.size());
  for (std::size_t i = 0; i < k.size(); ++i) {
    char c = k[i];
    if ((c == 'k' || c == 'z' || c == 's' || c == 'c') && i + 1 < k.size() && k[i + 1] == 'h') {
      out += c == 'k' ? 'h' : c;  // kh -> h; zh, sh, ch keep their first letter
      ++i;
      continue;
    }
    if (c == 'y' || c == 'j') c = 'i';
    if (c == 'o' && i + 1 < k.size() && k[i + 1] == 'u') {
      out += 'u';
      ++i;
      continue;
    }
    if (!out.empty() && out.back() == c) continue;  // doubled letters
    out += c;
  }
  return out;
}

}  // namespace dossier
