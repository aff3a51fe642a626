#include "dossier/segment/language.h"

// clang-format off
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
// clang-format on

#include <algorithm>

namespace dossier {

std::string detect_language(std::string_view text) {
  constexpr std::size_t kMaxBytes = 2 << 10;
  std::size_t len = std::min(text.size(), kMaxBytes);
  // Do not cut a UTF-8 sequence in two.
  while (len < text.size() && len > 0 && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) {
    --len;
  }
  CLD2::Language top3[3];
  int percent3[3];
  int scored_bytes = 0;
  bool reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(len), /*is_plain_text=*/true, top3,
                                  percent3, &scored_bytes, &reliable);
  // Without any letters CLD2 still answers English.
  if (language == CLD2::UNKNOWN_LANGUAGE || scored_bytes == 0) return "und";
  std::string code = CLD2::LanguageCode(language);
  // CLD2 keeps some withdrawn codes and script variants.
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code.starts_with("zh")) return "zh";
  if (code.size() != 2) return "und";
  return code;
}

}  // namespace dossier
