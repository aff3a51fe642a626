// Lower-casing of UTF-8 words in any script, for word tables that are not ASCII (Russian).
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// `word` with every letter lowered by Unicode's default (root locale) rules: "Погибли" ->
// "погибли", "ЁЖ" -> "ёж". ASCII-only input takes a fast path equal to ascii_lower. Invalid
// UTF-8 sequences come out as U+FFFD.
std::string unicode_lower(std::string_view word);

// Whether `text` holds a Cyrillic letter (U+0400-U+04FF).
bool has_cyrillic(std::string_view text);

}  // namespace dossier
