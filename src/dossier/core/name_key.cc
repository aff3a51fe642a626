#include "dossier/core/name_key.h"

#include <unicode/unistr.h>

#include <algorithm>

namespace dossier {
namespace {

// Replaces the UTF-8 punctuation we fold (dashes, quotes, NBSP) with ASCII.
std::string fold_punctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = s[i + 2];
      if (d >= 0x90 && d <= 0x95) {  // U+2010..U+2015 dashes
        out += '-';
        i += 3;
        continue;
      }
      if (d == 0x98 || d == 0x99) {  // ‘ ’
        out += '\'';
        i += 3;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {  // “ ”
        out += '"';
        i += 3;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x88 &&
        static_cast<unsigned char>(s[i + 2]) == 0x92) {  // U+2212 minus
      out += '-';
      i += 3;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += ' ';
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

std::string fold_case(const std::string& s) {
  bool ascii = true;
  for (unsigned char c : s) ascii = ascii && c < 0x80;
  if (ascii) {
    std::string out = s;
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(s).foldCase().toUTF8String(out);
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  // ASCII needs no Unicode folding: lower-case it in the one pass below.
  const bool ascii = std::all_of(name.begin(), name.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string unicode;
  if (!ascii) unicode = fold_case(fold_punctuation(name));
  const std::string_view folded = ascii ? name : std::string_view(unicode);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    if (ascii && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (c == '-') {
      space = false;
      out += c;
      continue;
    }
    if (space && (out.empty() || out.back() != '-')) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string compact_key(std::string_view name) {
  std::string key = name_key(name);
  std::string out;
  out.reserve(key.size());
  for (char c : key)
    if (c != '-' && c != ' ' && c != '.' && c != '\'') out += c;
  return out;
}

}  // namespace dossier
