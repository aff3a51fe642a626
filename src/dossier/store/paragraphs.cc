#include "dossier/store/paragraphs.h"

#include "dossier/core/ascii.h"
#include "dossier/core/hash64.h"

namespace dossier {
namespace {

// Bytes of whitespace starting at text[i]: ASCII space/tab/CR/FF/VT or U+00A0; 0 if none.
std::size_t space_at(std::string_view text, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

}  // namespace

std::vector<ParagraphHash> hash_paragraphs(std::string_view text, std::size_t min_bytes) {
  std::vector<ParagraphHash> result;
  std::size_t i = 0;
  while (i < text.size()) {
    // One line: hash its normalized form while tracking the trimmed extent.
    Hash64 hash;
    std::size_t normalized = 0;
    std::size_t first = std::string_view::npos;
    std::size_t last = 0;
    bool pending_space = false;
    while (i < text.size() && text[i] != '\n') {
      if (std::size_t n = space_at(text, i)) {
        pending_space = first != std::string_view::npos;
        i += n;
        continue;
      }
      if (pending_space) {
        hash.add_byte(' ');
        ++normalized;
        pending_space = false;
      }
      unsigned char c = static_cast<unsigned char>(text[i]);
      c = ascii_lower(c);
      hash.add_byte(c);
      ++normalized;
      if (first == std::string_view::npos) first = i;
      last = ++i;
    }
    ++i;  // the newline
    if (first != std::string_view::npos && normalized >= min_bytes) {
      result.push_back(
          {static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last), hash.value()});
    }
  }
  return result;
}

}  // namespace dossier
