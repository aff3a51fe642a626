#include "dossier/extract/ru_quoted_places.h"

#include <algorithm>
#include <string>

#include "dossier/core/unicode_case.h"

namespace dossier::ru {
namespace {

bool is_open_quote(std::string_view t) { return t == "«" || t == "\"" || t == "“" || t == "„"; }

bool is_close_quote(std::string_view t) { return t == "»" || t == "\"" || t == "”" || t == "“"; }

bool is_place_noun(std::string_view lower) {
  for (std::string_view p :
       {"станци", "аэропорт", "вокзал",      "улиц",     "площад",   "проспект", "театр", "колледж",
        "школ",   "гимнази",  "университет", "больниц",  "центр",    "комплекс", "зал",   "парк",
        "рын",    "клуб",     "кафе",        "ресторан", "гостиниц", "отел",     "мечет", "церкв",
        "храм",   "синагог",  "кинотеатр",   "стадион",  "метро"})
    if (lower.starts_with(p)) return true;
  return lower == "на";
}

// Whether the token starts with a capital letter (ASCII or Cyrillic А-Я, Ё).
bool capitalized(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (t.size() < 2) return false;
  const auto d = static_cast<unsigned char>(t[1]);
  return (c == 0xD0 && ((d >= 0x90 && d <= 0xAF) || d == 0x81));
}

}  // namespace

std::vector<Mention> quoted_places(std::string_view text, const Segmentation& seg) {
  std::vector<Mention> out;
  auto tok = [&](std::size_t i) {
    return text.substr(seg.tokens[i].start, seg.tokens[i].end - seg.tokens[i].start);
  };
  for (const Sentence& s : seg.sentences) {
    for (std::uint32_t q = s.first_token + 1; q + 1 < s.end_token; ++q) {
      if (!is_open_quote(tok(q)) || !capitalized(tok(q + 1))) continue;
      if (!is_place_noun(unicode_lower(tok(q - 1)))) continue;
      std::uint32_t close = q + 1;
      while (close < s.end_token && close <= q + 7 && !is_close_quote(tok(close))) ++close;
      if (close >= s.end_token || close > q + 7 || close == q + 1) continue;
      out.push_back(Mention{seg.tokens[q + 1].start, seg.tokens[close - 1].end,
                            EntityType::kLocation, -1, "pattern"});
      q = close;
    }
  }
  return out;
}

void merge_mentions(const std::vector<Mention>& extra, MentionSet* set) {
  if (extra.empty()) return;
  std::vector<Mention>& m = set->mentions;
  std::vector<Mention> added;
  for (const Mention& x : extra) {
    auto it = std::lower_bound(m.begin(), m.end(), x.start,
                               [](const Mention& a, std::uint32_t at) { return a.end <= at; });
    if (it == m.end() || it->start >= x.end) added.push_back(x);
  }
  if (added.empty()) return;
  // Links hold indices into the mention vector: renumber them after the merge.
  std::vector<Mention> merged;
  std::vector<std::uint32_t> index_of(m.size());
  std::size_t a = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    while (a < added.size() && added[a].start < m[i].start) merged.push_back(added[a++]);
    index_of[i] = static_cast<std::uint32_t>(merged.size());
    merged.push_back(m[i]);
  }
  while (a < added.size()) merged.push_back(added[a++]);
  for (AliasLink& l : set->links) {
    l.a = index_of[l.a];
    l.b = index_of[l.b];
  }
  m = std::move(merged);
}

void add_quoted_places(std::string_view text, const Segmentation& seg, MentionSet* set) {
  merge_mentions(quoted_places(text, seg), set);
}

}  // namespace dossier::ru
