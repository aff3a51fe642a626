#include "dossier/segment/segmenter.h"

#include <algorithm>

#include "dossier/segment/abbreviations.h"
#include "dossier/segment/sentence_breaks.h"
#include "dossier/segment/tokenizer.h"

namespace dossier {
namespace {

// Whether an ICU boundary between token `last` and the following token `next` stands.
bool keeps_boundary(std::string_view text, Token last, Token next) {
  const std::string_view word = text.substr(last.start, last.end - last.start);
  if (word.size() < 2 || word.back() != '.' || word[word.size() - 2] == '.') return true;
  const std::string_view stem = word.substr(0, word.size() - 1);
  if (abbreviation_kind(stem) == AbbreviationKind::kTitle) return false;
  return is_sentence_opener(text.substr(next.start, next.end - next.start));
}

// A line that continues the sentence of the line before: one line break inside a
// hard-wrapped paragraph, before a lower-case word ("six of\nwhom", "шестеро из\nкоторых").
bool wraps(std::string_view text, const Token& prev, const Token& next) {
  const std::string_view gap = text.substr(prev.end, next.start - prev.end);
  if (std::count(gap.begin(), gap.end(), '\n') != 1) return false;
  const auto c = static_cast<unsigned char>(text[next.start]);
  const auto d =
      next.start + 1 < text.size() ? static_cast<unsigned char>(text[next.start + 1]) : 0;
  const bool lower = (c >= 'a' && c <= 'z') || (c == 0xD0 && d >= 0xB0 && d <= 0xBF) ||
                     (c == 0xD1 && ((d >= 0x80 && d <= 0x8F) || d == 0x91));
  if (!lower) return false;
  const char last = text[prev.end - 1];
  return last != '.' && last != '!' && last != '?' && last != ':' && last != ';';
}

}  // namespace

Segmentation segment(std::string_view text) {
  Segmentation result;
  std::vector<std::uint32_t> line_starts;
  result.tokens.reserve(text.size() / 5 + 1);
  tokenize(text, &result.tokens, &line_starts);
  const std::vector<Token>& tokens = result.tokens;
  if (tokens.empty()) return result;

  // starts[k]: a sentence starts at token k.
  std::vector<bool> starts(tokens.size(), false);
  starts[0] = true;
  for (std::uint32_t k : line_starts) starts[k] = k == 0 || !wraps(text, tokens[k - 1], tokens[k]);
  std::size_t k = 0;
  for (std::uint32_t b : icu_sentence_breaks(text)) {
    while (k < tokens.size() && tokens[k].start < b) ++k;
    if (k == tokens.size()) break;
    if (k == 0 || starts[k] || tokens[k - 1].end > b) continue;  // at start, or inside a token
    starts[k] =
        keeps_boundary(text, tokens[k - 1], tokens[k]) && !wraps(text, tokens[k - 1], tokens[k]);
  }

  std::uint32_t first = 0;
  for (std::uint32_t t = 1; t <= tokens.size(); ++t) {
    if (t == tokens.size() || starts[t] || t - first == kMaxSentenceTokens) {
      result.sentences.push_back({tokens[first].start, tokens[t - 1].end, first, t});
      first = t;
    }
  }
  return result;
}

}  // namespace dossier
