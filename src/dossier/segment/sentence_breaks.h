// ICU's sentence boundaries for a whole text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier {

// Byte offsets of ICU's (root locale) sentence boundaries inside `text` (valid UTF-8),
// ascending, excluding 0 and text.size(). Uses one break iterator per thread. Throws Error
// when ICU fails (no break rules for the root locale, out of memory).
std::vector<std::uint32_t> icu_sentence_breaks(std::string_view text);

}  // namespace dossier
