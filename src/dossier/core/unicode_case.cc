#include "dossier/core/unicode_case.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "dossier/core/ascii.h"

namespace dossier {

std::string unicode_lower(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return ascii_lower(word);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool has_cyrillic(std::string_view text) {
  // U+0400-U+04FF are the two-byte sequences D0 80 - D3 BF.
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xD0 && c <= 0xD3) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0xBF) return true;
    }
  }
  return false;
}

}  // namespace dossier
