// One token as the NER tagger sees it: its text and the lexicon bits the caller found for it.
#pragma once

#include <cstdint>
#include <string_view>

namespace dossier {

// Bits of TaggerToken::lex. Bits 0-3: the token lies inside a lexicon entry of that type;
// bit 4: it is the first token of such a match; bit 5: it continues one.
inline constexpr std::uint8_t kLexPerson = 1 << 0;
inline constexpr std::uint8_t kLexOrganization = 1 << 1;
inline constexpr std::uint8_t kLexLocation = 1 << 2;
inline constexpr std::uint8_t kLexGroup = 1 << 3;
inline constexpr std::uint8_t kLexBegin = 1 << 4;
inline constexpr std::uint8_t kLexInside = 1 << 5;

struct TaggerToken {
  std::string_view text;  // valid UTF-8, not empty
  std::uint8_t lex = 0;   // kLex* bits
};

}  // namespace dossier
