#include "dossier/core/cyrillic.h"

#include <libstemmer.h>

#include <memory>

#include "dossier/core/unicode_case.h"

namespace dossier {
namespace {

// Romanisation of U+0430-U+044F (а-я), then ё.
constexpr const char* kLatin[32] = {"a",  "b",  "v",  "g",    "d", "e", "zh", "z", "i",  "y", "k",
                                    "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f", "kh",
                                    "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"};

}  // namespace

std::string cyrillic_to_latin(std::string_view word) {
  const std::string lower = unicode_lower(word);
  std::string out;
  out.reserve(lower.size());
  for (std::size_t i = 0; i < lower.size();) {
    const auto c = static_cast<unsigned char>(lower[i]);
    if ((c == 0xD0 || c == 0xD1) && i + 1 < lower.size()) {
      const auto d = static_cast<unsigned char>(lower[i + 1]);
      const int cp = ((c & 0x1F) << 6) | (d & 0x3F);
      if (cp >= 0x430 && cp <= 0x44F) {
        out += kLatin[cp - 0x430];
        i += 2;
        continue;
      }
      if (cp == 0x451 || cp == 0x454) {  // ё, є
        out += 'e';
        i += 2;
        continue;
      }
      if (cp == 0x456 || cp == 0x457) {  // і, ї
        out += 'i';
        i += 2;
        continue;
      }
    }
    out += lower[i++];
  }
  return out;
}

std::string russian_stem(std::string_view lower_word) {
  struct Free {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
  };
  thread_local std::unique_ptr<sb_stemmer, Free> stemmer(sb_stemmer_new("russian", "UTF_8"));
  if (!stemmer) return std::string(lower_word);
  const sb_symbol* s =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (!s) return std::string(lower_word);
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

std::string name_stem_key(std::string_view word) {
  std::string key = has_cyrillic(word) ? cyrillic_to_latin(russian_stem(unicode_lower(word)))
                                       : unicode_lower(word);
  while (!key.empty() && std::string_view("aeiouy").find(key.back()) != std::string_view::npos)
    key.pop_back();
  std::size_t letters = 0;
  for (unsigned char c : key) letters += (c & 0xC0) != 0x80;
  if (letters < 4) key.clear();
  return key;
}

}  // namespace dossier
