// UTF-8 validation and repair, and UTF-16 decoding, for raw input bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier {

// What repair_utf8 or utf16_to_utf8 replaced.
struct Utf8Repair {
  std::size_t bad_sequences = 0;     // number of U+FFFD inserted
  std::size_t first_bad_offset = 0;  // input byte offset of the first bad byte (if any)
};

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// `bytes` with each maximal ill-formed subsequence (Unicode "maximal subpart" practice)
// replaced by U+FFFD; `report` counts the replacements. Valid input is returned unchanged.
std::string repair_utf8(std::string_view bytes, Utf8Repair* report);

// UTF-16 (without BOM) as UTF-8; unpaired surrogates and a trailing odd byte become U+FFFD.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian, Utf8Repair* report);

// Appends code point `cp` (must be a valid scalar value) to `out` as UTF-8.
void append_utf8(char32_t cp, std::string* out);

}  // namespace dossier
