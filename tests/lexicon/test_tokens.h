// A small tokenizer for the lexicon tests, following the segmenter's rules:
// whitespace separates tokens; ",;:()!?\"" and a final "." are tokens of their
// own; "'s" is its own token; en and em dashes are tokens; "-" stays inside words.
#pragma once

#include <string_view>
#include <vector>

#include "dossier/segment/segmenter.h"

namespace dossier::testing {

inline std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  auto is_punct = [](char c) {
    return std::string_view(",;:()!?\"").find(c) != std::string_view::npos;
  };
  std::uint32_t i = 0;
  const auto n = static_cast<std::uint32_t>(text.size());
  while (i < n) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    if (is_punct(text[i])) {
      out.push_back({i, i + 1});
      ++i;
      continue;
    }
    if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") {
      out.push_back({i, i + 3});
      i += 3;
      continue;
    }
    std::uint32_t j = i;
    while (j < n && !is_space(text[j]) && !is_punct(text[j]) &&
           text.substr(j, 3) != "\xE2\x80\x93" && text.substr(j, 3) != "\xE2\x80\x94" &&
           !(text.substr(j, 2) == "'s" &&
             (j + 2 == n || !std::isalpha(static_cast<unsigned char>(text[j + 2])))))
      ++j;
    std::uint32_t end = j;
    if (end > i + 1 && text[end - 1] == '.' && (end == n || is_space(text[end]))) {
      bool abbreviation = text.substr(i, end - i).find('.') != end - i - 1;
      if (!abbreviation) --end;
    }
    if (end > i) out.push_back({i, end});
    if (end < j) out.push_back({end, j});
    i = j;
    if (text.substr(i, 2) == "'s") {
      out.push_back({i, i + 2});
      i += 2;
    }
  }
  return out;
}

}  // namespace dossier::testing
