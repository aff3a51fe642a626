#include "dossier/core/cyrillic.h"

#include <libstemmer.h>

#include <memory>

#include "dossier/core/ascii.h"
#include "dossier/core/unicode_case.h"

namespace dossier {
namespace {

// Romanisation of а-я (U+0430-U+044F), the same for А-Я (U+0410-U+042F).
constexpr const char* kLatin[32] = {"a",  "b",  "v",  "g",    "d", "e", "zh", "z", "i",  "y", "k",
                                    "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f", "kh",
                                    "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"};

}  // namespace

std::string cyrillic_to_latin(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const auto c = static_cast<unsigned char>(word[i]);
    if ((c == 0xD0 || c == 0xD1) && i + 1 < word.size()) {
      const int cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
      const char* latin = cp >= 0x430 && cp <= 0x44F   ? kLatin[cp - 0x430]
                          : cp >= 0x410 && cp <= 0x42F ? kLatin[cp - 0x410]
                          : cp == 0x401 || cp == 0x451 || cp == 0x404 || cp == 0x454 ? "e"
                          : cp == 0x406 || cp == 0x456 || cp == 0x407 || cp == 0x457 ? "i"
                                                                                     : nullptr;
      if (latin) {  // а-я, А-Я, ё, є, і, ї
        out += latin;
        i += 2;
        continue;
      }
    }
    out += ascii_lower(word[i++]);
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

std::string stem_key_of(std::string key) {
  while (!key.empty() && std::string_view("aeiouy").find(key.back()) != std::string_view::npos)
    key.pop_back();
  std::size_t letters = 0;
  for (unsigned char c : key) letters += (c & 0xC0) != 0x80;
  if (letters < 4) key.clear();
  return key;
}

std::string name_stem_key(std::string_view word) {
  return stem_key_of(has_cyrillic(word) ? cyrillic_to_latin(russian_stem(unicode_lower(word)))
                                        : unicode_lower(word));
}

}  // namespace dossier
