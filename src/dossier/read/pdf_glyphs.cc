#include "dossier/read/pdf_glyphs.h"

#include <poppler/cpp/poppler-global.h>
#include <unicode/utf8.h>

#include <bit>

#include "dossier/read/utf8.h"

namespace dossier {
namespace {

// The letters a Latin ligature stands for, or nullptr.
const char* ligature_letters(char32_t cp) {
  switch (cp) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
    case 0xFB06:
      return "st";
    default:
      return nullptr;
  }
}

bool is_superscript_digit(char32_t cp) {
  return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2070 && cp <= 0x2079);
}

bool is_unicode_space(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

bool is_dropped(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFD || cp == 0x200B ||
         cp == 0xFEFF;
}

}  // namespace

std::string utf8_of(const poppler::ustring& s) {
  Utf8Repair repair;
  return utf16_to_utf8(
      std::string_view(reinterpret_cast<const char*>(s.data()), s.size() * sizeof(s[0])),
      std::endian::native == std::endian::big, &repair);
}

std::string normalize_pdf_word(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  const auto size = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < size;) {
    UChar32 cp;
    U8_NEXT(word.data(), i, size, cp);
    if (cp < 0 || is_dropped(static_cast<char32_t>(cp))) continue;
    if (const char* letters = ligature_letters(static_cast<char32_t>(cp))) {
      out += letters;
    } else if (cp == 0xAD) {
      if (i == size) out += '-';
    } else if (is_unicode_space(static_cast<char32_t>(cp))) {
      out += ' ';
    } else if (is_superscript_digit(static_cast<char32_t>(cp))) {
      if (!out.empty() && out.back() == 'm') append_utf8(static_cast<char32_t>(cp), &out);
    } else {
      append_utf8(static_cast<char32_t>(cp), &out);
    }
  }
  return out;
}

}  // namespace dossier
