#include "dossier/extract/mention_finder.h"

#include <algorithm>
#include <array>
#include <optional>

#include "dossier/core/ascii.h"
#include "dossier/extract/headings.h"
#include "dossier/extract/lexicon_bits.h"
#include "dossier/extract/name_words.h"
#include "dossier/lexicon/us_states.h"

namespace dossier {
namespace {

struct Span {
  std::uint32_t first, end;       // token indices within the sentence
  std::uint32_t start, end_byte;  // bytes, exact for lexicon matches inside a token
  EntityType type;
  std::int32_t entry;
  std::string_view origin;
};

// "Moscow-led" -> "Moscow" + "-led"; other tokens unchanged.
void split_compounds(std::string_view text, std::span<const Token> in, std::vector<Token>& out) {
  out.clear();
  for (const Token& t : in) {
    std::string_view s = text.substr(t.start, t.end - t.start);
    std::size_t dash = s.rfind('-');
    if (dash != std::string_view::npos && dash > 0 && starts_upper(s) &&
        is_compound_suffix(s.substr(dash + 1))) {
      out.push_back({t.start, static_cast<std::uint32_t>(t.start + dash)});
      out.push_back({static_cast<std::uint32_t>(t.start + dash), t.end});
    } else {
      out.push_back(t);
    }
  }
}

// Whether `word` (ASCII) also stands in `text` in lowercase as a whole word.
bool occurs_in_lowercase(std::string_view text, std::string_view word) {
  std::string lower(word);
  for (char& c : lower) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    c = ascii_lower(c);
  }
  for (std::size_t at = text.find(lower); at != std::string_view::npos;
       at = text.find(lower, at + 1)) {
    const std::size_t end = at + lower.size();
    if ((at == 0 || !is_ascii_letter(text[at - 1])) &&
        (end == text.size() || !is_ascii_letter(text[end])))
      return true;
  }
  return false;
}

// Whether `name` stands in `text` anywhere but at byte `at`.
bool occurs_elsewhere(std::string_view text, std::string_view name, std::size_t at) {
  const std::size_t first = text.find(name);
  return first != at || text.find(name, at + 1) != std::string_view::npos;
}

// One sentence's tokens (compounds split) and their text.
struct SentenceTokens {
  std::string_view text;
  const std::vector<Token>& toks;
  std::string_view at(std::uint32_t i) const {
    return text.substr(toks[i].start, toks[i].end - toks[i].start);
  }
};

// Drops lowercase words at a tagger span's edges ("Russian military" -> "Russian"): names
// begin and end with capitals, name particles ("al", "bin") excepted at the start.
void trim_lowercase_edges(const SentenceTokens& t, Span& s) {
  while (s.first < s.end && !starts_upper(t.at(s.first)) && !is_name_particle(t.at(s.first)))
    ++s.first;
  while (s.end > s.first && !starts_upper(t.at(s.end - 1))) --s.end;
}

// Whether the tagger span `s` yields to the lexicon (or stands not at all): when a lexicon
// match crosses or covers it, in a Title Case heading unless the text names it again, and
// for a capitalized sentence opener the text also writes in lowercase. Marks the lexicon
// matches inside `s` as used.
bool tagger_span_yields(const SentenceTokens& t, const Span& s, const std::vector<LexMatch>& lex,
                        bool heading, std::vector<bool>& lex_used) {
  bool crossed = false, has_lexicon = false;
  for (std::size_t k = 0; k < lex.size(); ++k) {
    const LexMatch& m = lex[k];
    if (m.end_token <= s.first || m.first_token >= s.end) continue;
    has_lexicon = true;
    if (m.first_token <= s.first && m.end_token >= s.end) {
      crossed = true;  // the lexicon match covers the tagger span: take the match
    } else if (m.first_token >= s.first && m.end_token <= s.end) {
      lex_used[k] = true;
    } else {
      crossed = true;
    }
  }
  const std::size_t at = t.toks[s.first].start;
  const std::string_view surface = t.text.substr(at, t.toks[s.end - 1].end - at);
  // In a Title Case heading every word is capitalized, so the tagger's span stands only
  // when the lexicon knows none of it and the text names it again elsewhere.
  if (heading && (has_lexicon || !occurs_elsewhere(t.text, surface, at))) crossed = true;
  // A capitalized sentence opener the text also writes in lowercase is a common word
  // ("Xenophobia is ...", "Staff said ...").
  if (s.first == 0 && s.end == 1 && !has_lexicon && occurs_in_lowercase(t.text, surface))
    crossed = true;
  return crossed;
}

// The tagger's spans that stand, reconciled with the lexicon matches they overlap; the
// matches a standing span contains are marked used.
std::vector<Span> tagger_spans(const SentenceTokens& t, const std::vector<std::uint8_t>& tags,
                               const std::vector<LexMatch>& lex, bool heading,
                               std::vector<bool>& lex_used) {
  std::vector<Span> spans;
  for (std::uint32_t i = 0; i < tags.size();) {
    if (!is_begin(tags[i]) && !is_inside(tags[i])) {
      ++i;
      continue;
    }
    std::uint32_t j = i + 1;
    while (j < tags.size() && is_inside(tags[j]) && tag_type(tags[j]) == tag_type(tags[i])) ++j;
    Span s{i, j, 0, 0, tag_type(tags[i]), -1, "tagger"};
    i = j;
    trim_lowercase_edges(t, s);
    if (s.first >= s.end) continue;
    if (!tagger_span_yields(t, s, lex, heading, lex_used)) {
      spans.push_back(s);
    } else {
      for (std::size_t k = 0; k < lex.size(); ++k)
        if (lex[k].first_token >= s.first && lex[k].end_token <= s.end) lex_used[k] = false;
    }
  }
  return spans;
}

// Adds the lexicon matches no tagger span used or overlaps, then orders spans by token.
void add_lexicon_spans(const Gazetteer& gazetteer, const std::vector<LexMatch>& lex,
                       const std::vector<bool>& lex_used, std::vector<Span>& spans) {
  for (std::size_t k = 0; k < lex.size(); ++k) {
    if (lex_used[k]) continue;
    bool inside = false;
    for (const Span& s : spans) inside |= lex[k].first_token < s.end && lex[k].end_token > s.first;
    if (!inside)
      spans.push_back({lex[k].first_token, lex[k].end_token, lex[k].start, lex[k].end,
                       gazetteer.entry(lex[k].entry).type, static_cast<std::int32_t>(lex[k].entry),
                       "lexicon"});
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.first < b.first; });
}

// Trims articles and titles at the start of a piece and possessives and dashes at its end.
void trim_piece(const SentenceTokens& t, Span& piece) {
  while (piece.first < piece.end && piece.entry < 0 &&
         (is_article(t.at(piece.first)) ||
          (piece.type == EntityType::kPerson && is_title(t.at(piece.first))) ||
          (piece.end - piece.first > 1 && is_title(t.at(piece.first)) &&
           starts_upper(t.at(piece.first + 1)) && piece.type == EntityType::kPerson)))
    ++piece.first;
  while (piece.end > piece.first &&
         (is_possessive(t.at(piece.end - 1)) || t.at(piece.end - 1) == "-"))
    --piece.end;
}

// Splits spans at possessives ("Moscow's Crocus City Hall") and trims titles and articles;
// a trimmed piece equal to a lexicon match takes the lexicon's identity.
std::vector<Span> split_and_trim(const SentenceTokens& t, const Gazetteer& gazetteer,
                                 const std::vector<LexMatch>& lex, const std::vector<Span>& spans) {
  std::vector<Span> trimmed;
  for (const Span& s : spans) {
    std::uint32_t start = s.first;
    for (std::uint32_t i = s.first; i <= s.end; ++i) {
      if (i < s.end && !is_possessive(t.at(i))) continue;
      Span piece = s;
      piece.first = start;
      piece.end = i;
      start = i + 1;
      if (piece.first != s.first || piece.end != s.end) {
        piece.entry = -1;
        piece.origin = "pattern";
      }
      trim_piece(t, piece);
      if (piece.first >= piece.end) continue;
      for (const LexMatch& m : lex)
        if (m.first_token == piece.first && m.end_token == piece.end) {
          piece.entry = static_cast<std::int32_t>(m.entry);
          piece.type = gazetteer.entry(m.entry).type;
          piece.start = m.start;
          piece.end_byte = m.end;
          piece.origin = "lexicon";
        }
      trimmed.push_back(piece);
    }
  }
  return trimmed;
}

// The US state named at token i right after "Place," ("Atlanta, GA", "Troy, Mich.", "MIAMI,
// FLA", "Dallas, Tex"): its lexicon entry, and *end one past its tokens; -1 when none.
std::int64_t state_after_place(const SentenceTokens& t, const Gazetteer& gazetteer, std::uint32_t i,
                               std::uint32_t* end) {
  if (i < 2 || i >= t.toks.size() || t.at(i - 1) != "," || !starts_upper(t.at(i - 2))) return -1;
  const std::string_view w = t.at(i);
  const bool dot_after =
      i + 1 < t.toks.size() && t.at(i + 1) == "." && t.toks[i + 1].start == t.toks[i].end;
  std::string code;
  if (w.size() == 2 && is_ascii_upper(w[0]) && is_ascii_upper(w[1]))
    code = ascii_lower(w);
  else if (w.size() >= 2 && w.size() <= 6)  // "Mich.", "Mich" + ".", "FLA", "Tex"
    code = ap_state_code(std::string(1, w[0]) + ascii_lower(w.substr(1)) +
                         (w.back() == '.' ? "" : "."));
  const std::int64_t state = code.empty() ? -1 : gazetteer.find_key("us-" + code);
  if (state >= 0) *end = dot_after && w.back() != '.' ? i + 2 : i + 1;
  return state;
}

// Local news names: a state abbreviation is its state; a name ending in "Road" or "St." is
// a street (a place); "Chicago Police" is a police force (an organization).
void read_local_name(const SentenceTokens& t, const Gazetteer& gazetteer, std::uint32_t start,
                     Span& s) {
  if (s.entry >= 0) return;
  std::uint32_t end = 0;
  std::int64_t state = state_after_place(t, gazetteer, s.first, &end);
  if (state < 0 && s.end - s.first <= 2) {
    const std::string_view code = ap_state_code(t.text.substr(start));  // "Fla." anywhere
    if (!code.empty()) state = gazetteer.find_key("us-" + std::string(code));
  }
  if (state >= 0 && s.end - s.first <= 2) {
    s.entry = static_cast<std::int32_t>(state);
    s.type = EntityType::kLocation;
    return;
  }
  std::uint32_t last = s.end - 1;
  if (last > s.first && t.at(last) == ".") --last;
  if (last == s.first) return;
  if (is_street_suffix(t.at(last))) s.type = EntityType::kLocation;
  if (t.at(last) == "Police") s.type = EntityType::kOrganization;
}

// Adds the states named after a place that no span covers ("Marietta, GA"), keeping the
// spans ordered by token.
void add_state_spans(const SentenceTokens& t, const Gazetteer& gazetteer,
                     std::vector<Span>& spans) {
  const std::size_t n = spans.size();
  for (std::uint32_t i = 2; i < t.toks.size(); ++i) {
    std::uint32_t end = 0;
    const std::int64_t state = state_after_place(t, gazetteer, i, &end);
    if (state < 0) continue;
    bool covered = false;
    for (std::size_t k = 0; k < n; ++k) covered |= spans[k].first < end && spans[k].end > i;
    if (!covered)
      spans.push_back({i, end, t.toks[i].start, t.toks[end - 1].end, EntityType::kLocation,
                       static_cast<std::int32_t>(state), "pattern"});
  }
  if (spans.size() > n)
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.first < b.first; });
}

// Whether span `s`, written `name`, looks like a name: not a rule's "never", not a
// regional adjective or qualifier alone, and (unless the lexicon knows it) capitalized.
bool looks_like_name(const SentenceTokens& t, const NameRules& rules, const Span& s,
                     std::string_view name) {
  if (rules.never(name)) return false;
  // Regional adjectives are not groups ("Central Asian", "African"), and a region
  // qualifier is no name on its own ("Central").
  if (s.end - s.first == 1) {
    if (s.type == EntityType::kGroup &&
        (is_regional_adjective(name) || (s.first > 0 && is_region_qualifier(t.at(s.first - 1)))))
      return false;
    if (s.entry < 0 && is_region_qualifier(name)) return false;
  }
  if (s.entry < 0) {
    bool upper = false;
    for (std::uint32_t i = s.first; i < s.end; ++i) upper |= starts_upper(t.at(i));
    if (!upper || !starts_upper(name) || name.size() < 2) return false;
    if (s.end - s.first == 1 && is_common_capitalized(name)) return false;
  }
  // "Road", "Office", "Jr.", "Police Department": generic words alone name nothing.
  if (s.entry < 0) {
    bool generic = true;
    for (std::uint32_t i = s.first; i < s.end && generic; ++i)
      generic = t.at(i) == "." || is_possessive(t.at(i)) || is_generic_noun(t.at(i));
    if (generic) return false;
  }
  return true;
}

// Links the mentions from `first` on that name each other: "Full Name (ACRONYM)",
// "X (Y or Z)", "X, also known as Y", "X (aka Y)".
void link_aliases(std::string_view text, std::size_t first, MentionSet& out) {
  for (std::size_t a = first; a + 1 < out.mentions.size(); ++a) {
    const Mention& x = out.mentions[a];
    const Mention& y = out.mentions[a + 1];
    std::string_view between = text.substr(x.end, y.start - x.end);
    std::string_view rule = alias_connector(between);
    if (rule.empty() || x.type != y.type) continue;
    if (rule == "parenthetical" && !looks_like_acronym(text.substr(y.start, y.end - y.start)))
      continue;
    out.links.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(a + 1), rule});
    if (rule == "parenthetical" && a + 2 < out.mentions.size()) {
      const Mention& z = out.mentions[a + 2];
      std::string_view or_between = text.substr(y.end, z.start - y.end);
      if (or_between == " or " || or_between == ", ")
        out.links.push_back(
            {static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(a + 2), rule});
    }
  }
}

}  // namespace

MentionSet MentionFinder::find(std::string_view text, const Segmentation& seg) const {
  MentionSet out;
  std::vector<Token> toks;
  std::vector<TaggerToken> ttoks;
  const SentenceTokens t{text, toks};
  for (const Sentence& sentence : seg.sentences) {
    split_compounds(text,
                    std::span<const Token>(seg.tokens.data() + sentence.first_token,
                                           sentence.end_token - sentence.first_token),
                    toks);
    if (toks.empty()) continue;
    ttoks.assign(toks.size(), TaggerToken{});
    for (std::uint32_t i = 0; i < toks.size(); ++i) ttoks[i].text = t.at(i);
    std::vector<LexMatch> lex = set_lexicon_bits(gazetteer_, text, toks, ttoks);
    const bool heading = is_heading(text.substr(sentence.start, sentence.end - sentence.start));
    std::vector<bool> lex_used(lex.size(), false);
    std::vector<Span> spans;
    if (tagger_) spans = tagger_spans(t, tagger_->tag(ttoks), lex, heading, lex_used);
    add_lexicon_spans(gazetteer_, lex, lex_used, spans);
    add_state_spans(t, gazetteer_, spans);
    std::size_t sentence_first = out.mentions.size();
    for (Span& s : split_and_trim(t, gazetteer_, lex, spans)) {
      std::uint32_t start = toks[s.first].start, end = toks[s.end - 1].end;
      if (s.origin == std::string_view("lexicon")) start = s.start, end = s.end_byte;
      std::string_view name = text.substr(start, end - start);
      read_local_name(t, gazetteer_, start, s);
      if (looks_like_name(t, rules_, s, name))
        out.mentions.push_back({start, end, s.type, s.entry, s.origin});
    }
    link_aliases(text, sentence_first, out);
  }
  return out;
}

}  // namespace dossier
