#include "dossier/extract/attribution.h"

#include <algorithm>

#include "dossier/core/date_words.h"
#include "dossier/extract/number_tokens.h"

namespace dossier {
namespace {

bool source_noun(const WordTokens& t, std::size_t i) {
  return t.is_any(i, {"officials",
                      "official",
                      "police",
                      "authorities",
                      "ministry",
                      "spokesman",
                      "spokeswoman",
                      "spokesperson",
                      "media",
                      "agency",
                      "agencies",
                      "witnesses",
                      "witness",
                      "sources",
                      "source",
                      "committee",
                      "service",
                      "prosecutors",
                      "prosecutor",
                      "investigators",
                      "officers",
                      "residents",
                      "analysts",
                      "analyst",
                      "experts",
                      "government",
                      "military",
                      "army",
                      "office",
                      "news",
                      "state",
                      "local",
                      "senior",
                      "security",
                      "health",
                      "interior",
                      "foreign",
                      "defense",
                      "defence",
                      "emergency",
                      "emergencies",
                      "regional",
                      "governor",
                      "mayor",
                      "president",
                      "minister",
                      "head",
                      "chief",
                      "commander",
                      "forces",
                      "group",
                      "organization",
                      "organisation",
                      "report",
                      "doctors",
                      "hospital",
                      "survivors",
                      "relatives",
                      "eyewitnesses",
                      "observers",
                      "monitors",
                      "outlets",
                      "newspaper",
                      "television",
                      "tv",
                      "broadcaster",
                      "website",
                      "channel",
                      "press",
                      "department",
                      "spokespeople",
                      "representative",
                      "representatives",
                      "diplomats",
                      "diplomat",
                      "intelligence",
                      "general",
                      "staff",
                      "ministries",
                      "interior",
                      "rescuers",
                      "medics",
                      "paramedics",
                      "coroner",
                      "lawyer",
                      "lawyers",
                      "court",
                      "judge",
                      "statement",
                      "communique",
                      "activists",
                      "monitor",
                      "watchdog",
                      "rights",
                      "federal",
                      "national",
                      "official's",
                      "agency's",
                      "sources'"});
}

bool function_word(const WordTokens& t, std::size_t i) {
  return t.is_any(
      i,
      {"then",     "but",     "and",   "however",   "meanwhile", "also", "in",    "on",    "at",
       "when",     "while",   "after", "before",    "as",        "so",   "yet",   "still", "later",
       "earlier",  "now",     "today", "yesterday", "it",        "he",   "she",   "they",  "we",
       "i",        "you",     "this",  "that",      "there",     "who",  "which", "what",  "if",
       "although", "because", "since", "where",     "his",       "her",  "their", "its",   "our",
       "my",       "your",    "has",   "have",      "had",       "was",  "were",  "is",    "are",
       "not",      "to",      "by",    "with",      "from",      "said", "says"});
}

bool pronoun(const WordTokens& t, std::size_t i) {
  return t.is_any(i, {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "one",
                      "this", "there"});
}

struct Span {
  std::size_t first, last;  // token range [first, last)
};

// The noun phrase after a cue: "the Investigative Committee" in "according to
// the Investigative Committee, ...".
std::optional<Span> phrase_after(const WordTokens& t, std::size_t i) {
  std::size_t j = i;
  for (; j < t.size() && j < i + 12; ++j) {
    if (t[j].kind == WordKind::kPunct) {
      if ((t.is_dash(j) || t.is(j, "&")) && t.joined(j) && t.joined(j + 1)) continue;
      break;
    }
    if (j > i &&
        t.is_any(j, {"which", "who",    "that",  "when", "while",    "as",     "but", "because",
                     "after", "before", "since", "if",   "although", "though", "on",  "in",
                     "at",    "said",   "says",  "told", "reported", "and"})) {
      // "Reuters and AFP": keep "and" between names.
      if (t.is(j, "and") && t[j - 1].capitalized && j + 1 < t.size() && t[j + 1].capitalized)
        continue;
      break;
    }
  }
  while (j > i && t.is_any(j - 1, {"of", "for", "the", "a", "an", "and"})) --j;
  if (j == i || pronoun(t, i)) return std::nullopt;
  return Span{i, j};
}

// The noun phrase that ends just before a reporting verb at v.
std::optional<Span> phrase_before(const WordTokens& t, std::size_t v) {
  std::size_t j = v;
  // Adverbs and a time between the source and its verb.
  while (j > 0 && t.is_any(j - 1, {"also", "later", "earlier", "previously", "has", "have", "had",
                                   "separately", "further", "then", "officially", "publicly",
                                   "initially", "subsequently", "reportedly", "had"}))
    --j;
  if (j >= 2 && t.is(j - 2, "on") && t[j - 1].capitalized &&
      (weekday_from_word(t.lower(j - 1)) >= 0 || month_from_word(t.lower(j - 1))))
    j -= 2;
  const std::size_t end = j;
  std::size_t start = end;
  while (j > 0) {
    const std::size_t k = j - 1;
    if (t.possessive(k) || (t.is_dash(k) && t.joined(k) && t.joined(k + 1))) {
      start = k;
      j = k;
      continue;
    }
    if (t[k].kind == WordKind::kPunct) break;
    if (t.is_any(k, {"the", "a", "an"})) {
      start = k;
      if (k > 0 && t.is_any(k - 1, {"of", "for"})) {  // "a spokesman for the ministry"
        j = k;
        continue;
      }
      break;
    }
    if (function_word(t, k)) break;
    const bool inner = t.is_any(k, {"of", "for"}) && start < end;
    if (inner || t[k].capitalized || source_noun(t, k) || t[k].kind == WordKind::kMixed) {
      start = k;
      j = k;
      continue;
    }
    break;
  }
  while (start < end && t.is_any(start, {"of", "for"})) ++start;
  if (start == end || (end - start == 1 && pronoun(t, start))) return std::nullopt;
  return Span{start, end};
}

bool reporting_verb(const WordTokens& t, std::size_t i) {
  return t.is_any(i,
                  {"said",    "says",      "say",          "confirmed", "confirms",  "reported",
                   "reports", "announced", "announces",    "claimed",   "claims",    "stated",
                   "states",  "told",      "tells",        "added",     "noted",     "notes",
                   "warned",  "wrote",     "writes",       "tweeted",   "insisted",  "explained",
                   "alleged", "alleges",   "acknowledged", "admitted",  "estimated", "estimates"});
}

// False for non-reporting uses: "claimed responsibility", "were reported killed",
// "local reports".
bool reports_here(const WordTokens& t, std::size_t i) {
  if (t[i].capitalized) return false;
  const std::string_view w = t.lower(i);
  const bool end_or_that = i + 1 >= t.size() || t.is_any(i + 1, {"that", ",", ".", ":", ";"});
  if (w == "claimed" || w == "claims") {
    if (t.is_any(i + 1, {"responsibility", "credit", "the", "a", "an", "to", "their", "his", "her",
                         "its", "lives", "victory"}))
      return false;
  }
  if (w == "reports" || w == "states" || w == "claims" || w == "estimates" || w == "notes")
    return end_or_that;
  if (i > 0 && t.is_any(i - 1, {"was", "were", "is", "are", "be", "been", "being"})) return false;
  return true;
}

Attribution make(std::string_view sentence, const WordTokens& t, Span s, std::uint32_t base) {
  const std::uint32_t b = t[s.first].start, e = t[s.last - 1].end;
  return Attribution{std::string(sentence.substr(b, e - b)), base + b, base + e};
}

}  // namespace

std::optional<Attribution> find_attribution(std::string_view sentence, std::uint32_t base_offset) {
  const WordTokens t(sentence);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != WordKind::kWord) continue;
    if (t.is(i, "according") && t.is(i + 1, "to")) {
      if (auto s = phrase_after(t, i + 2)) return make(sentence, t, *s, base_offset);
      continue;
    }
    if (t.is(i, "citing")) {
      if (auto s = phrase_after(t, i + 1)) return make(sentence, t, *s, base_offset);
      continue;
    }
    if (!reporting_verb(t, i) || !reports_here(t, i)) continue;
    if (auto s = phrase_before(t, i)) return make(sentence, t, *s, base_offset);
    // "..., said Dmitry Peskov, the Kremlin spokesman."
    const bool inverted_cue = i > 0 && t[i - 1].kind == WordKind::kPunct &&
                              t.is_any(i, {"said", "says", "added", "wrote"});
    if (inverted_cue && i + 1 < t.size() && (t[i + 1].capitalized || t.is_any(i + 1, {"the", "a"})))
      if (auto s = phrase_after(t, i + 1)) return make(sentence, t, *s, base_offset);
  }
  return std::nullopt;
}

std::vector<std::string> find_hedges(std::string_view sentence) {
  const WordTokens t(sentence);
  std::vector<std::string> out;
  auto emit = [&out](std::string_view h) {
    if (std::find(out.begin(), out.end(), h) == out.end()) out.emplace_back(h);
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != WordKind::kWord) continue;
    const std::string_view w = t.lower(i);
    if (t.is_any(i, {"reportedly", "allegedly", "alleged", "likely", "probably", "possibly",
                     "apparently", "presumably", "supposedly", "suspected", "purported",
                     "purportedly", "unconfirmed", "unverified", "rumored", "rumoured"})) {
      emit(w);
    } else if ((w == "believed" || w == "thought") && t.is(i + 1, "to")) {
      if (i >= 2 && t.is(i - 2, "it") && t.is_any(i - 1, {"is", "was"})) {
        emit(w == "believed" ? "it is believed" : "it is thought");
      } else {
        emit(t.is(i + 2, "be") ? (w == "believed" ? "believed to be" : "thought to be")
                               : (w == "believed" ? "believed to" : "thought to"));
      }
    } else if ((w == "believed" || w == "thought") && i >= 2 && t.is(i - 2, "it") &&
               t.is_any(i - 1, {"is", "was"})) {
      emit(w == "believed" ? "it is believed" : "it is thought");
    } else if ((w == "reported" || w == "said") && t.is(i + 1, "to") &&
               t.is_any(i + 2, {"be", "have"}) &&
               t.is_any(i - 1, {"is", "are", "was", "were", "been"})) {
      emit(w == "reported" ? "reported to" : "said to");
    } else if (t.is_any(i, {"may", "might", "could"}) && t.is(i + 1, "have")) {
      emit(w == "may" ? "may have" : w == "might" ? "might have" : "could have");
    } else if (w == "feared" && t.is(i + 1, "dead")) {
      emit("feared dead");
    }
  }
  return out;
}

}  // namespace dossier
