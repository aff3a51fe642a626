// Language identification of document text.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// The ISO 639-1 code ("en", "ru", "uk", "ar"...) of the main language of `text` (valid
// UTF-8) as identified by CLD2 from its first 2 KiB, or "und" when unknown or when the
// language has no two-letter code.
std::string detect_language(std::string_view text);

}  // namespace dossier
