#include "dossier/extract/headings.h"

#include "dossier/extract/name_words.h"

namespace dossier {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_heading(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  const char last = line.back();
  if (std::string_view(".!?:;,\"')]").find(last) != std::string_view::npos) return false;
  if (line.ends_with("\u201d") || line.ends_with("\u2019")) return false;
  int words = 0, long_words = 0, capitalized = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    std::size_t end = line.find(' ', i);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view word = line.substr(i, end - i);
    i = end;
    ++words;
    // Letters, counting each UTF-8 sequence once.
    int letters = 0;
    for (unsigned char c : word) letters += is_ascii_letter(c) || (c >= 0xC0);
    if (letters < 4 || !(is_ascii_letter(word[0]) || static_cast<unsigned char>(word[0]) >= 0xC0))
      continue;
    ++long_words;
    capitalized += starts_upper(word);
  }
  return words <= 20 && long_words >= 2 && capitalized * 10 >= long_words * 7;
}

}  // namespace dossier
