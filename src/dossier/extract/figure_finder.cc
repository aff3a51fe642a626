#include "dossier/extract/figure_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace dossier {
namespace {

enum Flag : std::uint32_t {
  kActive = 1u << 0,        // verb before the number: "killed 15"
  kPost = 1u << 1,          // after the noun phrase: "15 killed", "15 died", "15 dead"
  kTransitive = 1u << 2,    // a kPost form that may be an active verb with an object
  kHeadNoun = 1u << 3,      // ends the noun phrase as the measure: "15 deaths"
  kNounOf = 1u << 4,        // before "of N": "the arrest of 11"
  kUnit = 1u << 5,          // not people: "four days"
  kStop = 1u << 6,          // ends a noun phrase
  kAux = 1u << 7,           // may stand between the noun phrase and kPost
  kBe = 1u << 8,            // a form of "be": makes a participle passive
  kNegation = 1u << 9,      // "not", "never"
  kGap = 1u << 10,          // may stand between an active verb and the number
  kTollLink = 1u << 11,     // may stand between "toll" and the number
  kPassiveNext = 1u << 12,  // after a participle, shows it has no object
};

struct WordInfo {
  std::uint32_t flags = 0;
  Measure measure = Measure::kKilled;
};

using Lexicon = std::unordered_map<std::string_view, WordInfo>;

void add(Lexicon& lex, std::initializer_list<std::string_view> words, std::uint32_t flags,
         Measure m = Measure::kKilled) {
  for (std::string_view w : words) {
    WordInfo& info = lex[w];
    if (flags & (kActive | kPost | kHeadNoun | kNounOf)) info.measure = m;
    info.flags |= flags;
  }
}

const Lexicon& lexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    Lexicon& x = *l;
    using M = Measure;
    add(x, {"kill", "kills", "killing", "slew", "slay", "slaying"}, kActive, M::kKilled);
    add(x, {"killed", "murdered", "executed", "massacred", "slaughtered"},
        kActive | kPost | kTransitive, M::kKilled);
    add(x,
        {"murder", "murders", "murdering", "execute", "executes", "executing", "massacre",
         "massacring", "slaughter", "slaughtering"},
        kActive, M::kKilled);
    add(x, {"dead", "died", "die", "dies", "perished", "slain"}, kPost, M::kKilled);
    add(x, {"deaths", "fatalities", "bodies", "corpses"}, kHeadNoun, M::kKilled);
    add(x, {"death", "deaths", "killing", "killings", "murder", "murders", "massacre"}, kNounOf,
        M::kKilled);
    add(x, {"wound", "wounds", "wounding", "injure", "injures", "injuring", "hurting"}, kActive,
        M::kWounded);
    add(x, {"wounded", "injured", "hurt"}, kActive | kPost | kTransitive, M::kWounded);
    add(x, {"injuries"}, kHeadNoun, M::kWounded);
    add(x,
        {"arrest", "arresting", "detain", "detains", "detaining", "apprehend", "apprehending",
         "caught", "catching"},
        kActive, M::kArrested);
    add(x, {"arrested", "detained", "apprehended", "captured", "charged", "indicted"},
        kActive | kPost | kTransitive, M::kArrested);
    add(x, {"capture", "capturing"}, kActive, M::kArrested);
    add(x, {"arrests", "detentions"}, kHeadNoun, M::kArrested);
    add(x, {"arrest", "arrests", "detention", "detentions"}, kNounOf, M::kArrested);
    add(x, {"missing"}, kPost, M::kMissing);
    add(x, {"hospitalize", "hospitalizes", "hospitalizing", "hospitalise", "hospitalising"},
        kActive, M::kWounded);
    add(x, {"hospitalized", "hospitalised"}, kActive | kPost | kTransitive, M::kWounded);
    add(x, {"hospitalization", "hospitalisation"}, kNounOf, M::kWounded);
    add(x, {"kidnap", "kidnaps", "kidnapping", "abduct", "abducts", "abducting"}, kActive,
        M::kKidnapped);
    add(x, {"kidnapped", "abducted"}, kActive | kPost | kTransitive, M::kKidnapped);
    add(x, {"kidnapping", "kidnappings", "abduction", "abductions"}, kNounOf, M::kKidnapped);

    add(x, {"second",    "seconds",   "minute",     "minutes",    "hour",        "hours",
            "day",       "days",      "week",       "weeks",      "month",       "months",
            "year",      "years",     "decade",     "decades",    "century",     "centuries",
            "time",      "times",     "km",         "kilometres", "kilometers",  "kilometre",
            "kilometer", "miles",     "mile",       "metres",     "meters",      "metre",
            "meter",     "feet",      "foot",       "kg",         "kilograms",   "tons",
            "tonnes",    "seats",     "rounds",     "shots",      "bullets",     "rockets",
            "missiles",  "drones",    "bombs",      "shells",     "vehicles",    "cars",
            "trucks",    "buses",     "buildings",  "houses",     "homes",       "villages",
            "towns",     "cities",    "countries",  "provinces",  "districts",   "regions",
            "incidents", "attacks",   "cases",      "charges",    "counts",      "percent",
            "points",    "sites",     "hectares",   "acres",      "weapons",     "rifles",
            "guns",      "grenades",  "schools",    "hospitals",  "mosques",     "churches",
            "shops",     "stores",    "aircraft",   "planes",     "helicopters", "tanks",
            "ships",     "boats",     "floors",     "storeys",    "votes",       "pages",
            "laws",      "sanctions", "occasions",  "instances",  "operations",  "raids",
            "strikes",   "blasts",    "explosions", "casualties", "casualty",    "dollars",
            "euros",     "rubles",    "roubles",    "terms",      "stages",      "phases",
            "waves",     "steps",     "parts",      "groups",     "cells",       "plots"},
        kUnit);
    add(x,
        {"a",           "an",        "the",      "and",      "or",         "but",       "nor",
         "in",          "on",        "at",       "by",       "for",        "from",      "with",
         "without",     "into",      "near",     "during",   "after",      "before",    "since",
         "as",          "of",        "to",       "across",   "inside",     "outside",   "including",
         "among",       "amid",      "while",    "when",     "where",      "who",       "whom",
         "whose",       "which",     "that",     "than",     "this",       "these",     "those",
         "there",       "their",     "his",      "her",      "its",        "our",       "they",
         "he",          "she",       "it",       "we",       "over",       "under",     "about",
         "around",      "so",        "if",       "then",     "said",       "says",      "say",
         "according",   "both",      "each",     "will",     "would",      "could",     "should",
         "may",         "might",     "must",     "can",      "also",       "all",       "later",
         "reportedly",  "allegedly", "not",      "never",    "have",       "has",       "had",
         "lost",        "shot",      "stabbed",  "beaten",   "burned",     "burnt",     "hacked",
         "taken",       "placed",    "held",     "admitted", "rushed",     "brought",   "seized",
         "unaccounted", "remain",    "remained", "remains",  "critically", "seriously", "severely",
         "gravely"},
        kStop);
    add(x, {"were", "was", "are", "is", "be", "been", "being", "got", "get", "gets"},
        kStop | kAux | kBe);
    add(x, {"have",         "has",       "had",        "reportedly", "also",       "later",
            "subsequently", "initially", "all",        "both",       "allegedly",  "now",
            "still",        "already",   "eventually", "ultimately", "officially", "tragically",
            "reported",     "confirmed", "believed",   "feared",     "said",       "thought",
            "presumed",     "known",     "to",         "either",     "since",      "each",
            "apparently",   "likely",    "probably",   "among",      "remain",     "remained",
            "remains",      "being"},
        kAux);
    add(x, {"not", "never", "n't", "no"}, kNegation);
    add(x, {"the", "all", "another", "his", "her", "their", "its", "some", "up", "only"}, kGap);
    add(x, {"rose",       "risen",       "rises",      "rising",    "has",       "had",
            "have",       "climbed",     "climbs",     "climbing",  "reached",   "reaches",
            "reaching",   "stood",       "stands",     "standing",  "is",        "was",
            "at",         "of",          "to",         "increased", "jumped",    "grew",
            "now",        "officially",  "further",    "hit",       "hits",      "been",
            "put",        "revised",     "up",         "passed",    "surpassed", "exceeded",
            "topped",     "'s",          "stand",      "stands",    "remains",   "remained",
            "approached", "approaching", "reportedly", "currently", "already",   "stood",
            "sits",       "sat",         "hovers",     "hovered"},
        kTollLink);
    add(x, {"in",        "on",        "by",        "during",     "after",        "before",
            "when",      "while",     "as",        "and",        "or",           "near",
            "inside",    "outside",   "across",    "since",      "including",    "among",
            "following", "overnight", "yesterday", "today",      "last",         "earlier",
            "later",     "from",      "within",    "amid",       "throughout",   "through",
            "early",     "late",      "this",      "so",         "but",          "because",
            "there",     "here",      "nearby",    "recently",   "instantly",    "immediately",
            "too",       "alone",     "each",      "altogether", "respectively", "that",
            "since",     "such",      "sunday",    "monday",     "tuesday",      "wednesday",
            "thursday",  "friday",    "saturday"},
        kPassiveNext);
    return l;
  }();
  return *lex;
}

class Scanner {
 public:
  explicit Scanner(const WordTokens& t) : t_(t), info_(t.size()) {
    const Lexicon& lex = lexicon();
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != WordKind::kWord) continue;
      auto it = lex.find(t.lower(i));
      if (it != lex.end()) info_[i] = it->second;
    }
  }

  bool has(std::size_t i, std::uint32_t flag) const {
    return i < info_.size() && (info_[i].flags & flag) != 0;
  }
  Measure measure(std::size_t i) const { return info_[i].measure; }

  // End of the noun phrase that follows a quantity ending at token i, and
  // whether its head names a unit rather than people.
  struct NounPhrase {
    std::size_t end;
    bool unit;
  };
  NounPhrase noun_phrase(std::size_t i) const {
    std::size_t j = i;
    if (t_.is(j, "of") &&
        t_.is_any(j + 1, {"the", "them", "those", "whom", "its", "their", "his", "her"}))
      j += 2;
    for (int count = 0; j < t_.size() && count < 5; ++count) {
      if (t_[j].kind == WordKind::kPunct) {
        if (t_.is_dash(j) && t_.joined(j) && t_.joined(j + 1)) {
          ++j;
          continue;
        }
        break;
      }
      if (t_.possessive(j)) {
        ++j;
        continue;
      }
      if (t_[j].kind != WordKind::kWord) break;
      if (has(j, kUnit)) return {j + 1, true};
      if (has(j, kStop | kPost | kHeadNoun | kActive | kNegation)) break;
      ++j;
    }
    return {j, false};
  }

  // Measure stated after the noun phrase ending at j: "were killed", "dead",
  // "lost their lives". Sets *end to one past the trigger.
  std::optional<Measure> after(std::size_t j, std::size_t* end) const {
    if (has(j, kHeadNoun)) {
      *end = j + 1;
      return measure(j);
    }
    // A parenthetical after the noun phrase, without a number of its own: "Three people,
    // including two children, were", "At least 72 people, mostly women, were".
    if (t_.is(j, ",")) {
      std::size_t k = j + 1;
      const bool including = t_.is(j + 1, "including");
      while (k < t_.size() && k < j + 14 && !t_.is(k, ",") &&
             (including || t_[k].kind != WordKind::kNumber))
        ++k;
      if (t_.is(k, ",")) j = k + 1;
    }
    // A relative clause: "the 290 people who died".
    if (t_.is_any(j, {"who", "that"})) ++j;
    bool be = false;
    for (int n = 0; n < 5 && j < t_.size(); ++n) {
      if (has(j, kNegation)) return std::nullopt;
      if (t_.is(j, "among") && t_.is_any(j + 1, {"those", "the"})) {  // "among those killed"
        j += 2;
        continue;
      }
      if (!has(j, kAux)) break;
      be = be || has(j, kBe);
      ++j;
    }
    if (has(j, kNegation)) return std::nullopt;
    std::optional<Measure> m;
    std::size_t e = j + 1;
    if (t_.is(j, "lost") && t_.is_any(j + 1, {"their", "his", "her"}) &&
        t_.is_any(j + 2, {"lives", "life"})) {
      m = Measure::kKilled, e = j + 3;
    } else if (t_.is_any(j, {"shot", "stabbed", "beaten", "burned", "burnt", "hacked"}) &&
               (t_.is(j + 1, "dead") || (t_.is(j + 1, "to") && t_.is(j + 2, "death")))) {
      m = Measure::kKilled, e = t_.is(j + 1, "dead") ? j + 2 : j + 3;
    } else if (t_.is(j, "shot") && t_.is(j + 1, "and") && t_.is(j + 2, "killed")) {
      m = Measure::kKilled, e = j + 3;
    } else if (t_.is_any(j, {"taken", "placed"}) && t_.is(j + 1, "into") &&
               t_.is(j + 2, "custody")) {
      m = Measure::kArrested, e = j + 3;
    } else if (t_.is(j, "in") && t_.is_any(j + 1, {"custody", "detention"})) {
      m = Measure::kArrested, e = j + 2;
    } else if (t_.is_any(j, {"taken", "admitted", "rushed", "brought"}) && t_.is(j + 1, "to") &&
               t_.is(j + 2, "hospital")) {
      m = Measure::kWounded, e = j + 3;
    } else if (t_.is(j, "in") && t_.is_any(j + 1, {"hospital", "hospitals"})) {
      m = Measure::kWounded, e = j + 2;
    } else if (t_.is(j, "in") && t_.is_any(j + 1, {"critical", "serious", "grave"}) &&
               t_.is(j + 2, "condition")) {  // "52 are in critical condition"
      m = Measure::kWounded, e = j + 3;
    } else if (t_.is(j, "in") && t_.is_any(j + 1, {"a", "very"}) &&
               t_.is_any(j + 2, {"critical", "serious", "grave"}) && t_.is(j + 3, "condition")) {
      m = Measure::kWounded, e = j + 4;
    } else if (t_.is_any(j, {"critically", "seriously", "severely", "gravely"}) &&
               (j + 1 >= t_.size() || t_[j + 1].kind == WordKind::kPunct ||
                t_.is_any(j + 1, {"wounded", "injured", "hurt", "ill"}))) {
      m = Measure::kWounded,
      e = t_.is_any(j + 1, {"wounded", "injured", "hurt", "ill"}) ? j + 2 : j + 1;
    } else if (t_.is(j, "treated") && t_.is_any(j + 1, {"for", "in"})) {
      m = Measure::kWounded, e = j + 2;
    } else if (t_.is(j, "remanded") && t_.is(j + 1, "in") && t_.is(j + 2, "custody")) {
      m = Measure::kArrested, e = j + 3;
    } else if (t_.is_any(j, {"taken", "held", "seized"}) &&
               t_.is_any(j + 1, {"hostage", "captive"})) {
      m = Measure::kKidnapped, e = j + 2;
    } else if (t_.is(j, "unaccounted") && t_.is(j + 1, "for")) {
      m = Measure::kMissing, e = j + 2;
    } else if (has(j, kPost)) {
      m = measure(j);
      // "four gunmen killed 144": an active verb with an object; but "60 wounded people":
      // a participle before the noun it describes.
      const bool adjective =
          t_.is_any(j + 1, {"people", "persons", "civilians", "others", "victims", "passengers"});
      if (has(j, kTransitive) && !be && !adjective && j + 1 < t_.size() &&
          t_[j + 1].kind != WordKind::kPunct && !has(j + 1, kPassiveNext) &&
          !(t_.is(j + 1, "at") && !t_.is(j + 2, "least")))
        return std::nullopt;
      if (adjective) e = j + 2;
    }
    if (m) *end = e;
    return m;
  }

  // Measure stated before a quantity starting at token q: an active verb, a
  // "noun of", "the lives of", or a toll phrase. Sets *start to the trigger.
  std::optional<Measure> before(std::size_t q, std::size_t* start) const {
    if (q == 0) return std::nullopt;
    std::size_t k = q - 1;
    if (t_.is(k, "of") && k >= 2 && t_.is(k - 1, "total") && t_.is_any(k - 2, {"a", "the"}) &&
        k >= 3)
      k -= 3;
    for (int n = 0; n < 2 && k > 0 && has(k, kGap); ++n) --k;
    // "the dead included 25 lawyers", "victims include two children".
    if (t_.is_any(k, {"included", "include", "includes"}) && k > 0 &&
        (has(k - 1, kPost) || t_.is(k - 1, "victims"))) {
      *start = k - 1;
      return t_.is(k - 1, "victims") ? Measure::kKilled : measure(k - 1);
    }
    if (has(k, kActive)) {
      *start = k;
      return measure(k);
    }
    if (t_.is(q - 1, "of") && q >= 2) {
      const std::size_t n = q - 2;
      if (has(n, kNounOf)) {
        *start = n > 0 && t_.is(n - 1, "the") ? n - 1 : n;
        return measure(n);
      }
      if (t_.is(n, "lives") && n >= 2 && t_.is(n - 1, "the") &&
          t_.is_any(n - 2, {"claimed", "claiming", "claims", "claim", "took", "taking", "takes",
                            "cost", "costing", "costs"})) {
        *start = n - 2;
        return Measure::kKilled;
      }
    }
    return toll(q, start);
  }

  // "the death toll rose to N", "the number of injured reached N", "toll of N".
  std::optional<Measure> toll(std::size_t q, std::size_t* start) const {
    std::size_t k = q;
    for (int n = 0; n < 7 && k > 0; ++n) {
      --k;
      if (t_.is_any(k, {"toll", "tally"})) {
        *start = k > 0 && t_.is_any(k - 1, {"death", "injury", "casualty"}) ? k - 1 : k;
        if (k > 0 && t_.is(k - 1, "injury")) return Measure::kWounded;
        if (k > 0 && t_.is(k - 1, "casualty")) return std::nullopt;
        return Measure::kKilled;
      }
      if (has(k, kPost | kHeadNoun | kActive) || t_.is_any(k, {"victims", "dead"})) {
        // "the number of (people) killed", "the number of dead".
        std::size_t n = k;
        if (n >= 1 && t_.is_any(n - 1, {"people", "those", "persons"})) --n;
        if (n >= 2 && t_.is(n - 1, "of") && t_.is(n - 2, "number")) {
          *start = n >= 3 && t_.is(n - 3, "the") ? n - 3 : n - 2;
          if (t_.is(k, "victims")) return Measure::kKilled;
          return measure(k);
        }
        return std::nullopt;
      }
      if (!has(k, kTollLink) && t_[k].kind != WordKind::kPunct) return std::nullopt;
      if (t_[k].kind == WordKind::kPunct && !t_.is(k, ",")) return std::nullopt;
    }
    return std::nullopt;
  }

 private:
  const WordTokens& t_;
  std::vector<WordInfo> info_;
};

struct Candidate {
  TokenQuantity q;
  std::size_t np_end = 0;
  bool unit = false;
  std::optional<Measure> measure;
  bool by_verb_before = false;
  std::size_t trigger_first = 0, trigger_end = 0;
};

// Forms that need the sentence around the quantity: "four of the injured" (a part of a
// measured group), "including 14 foreigners" after a figure (a part of that figure),
// "left 150 students and teachers dead" (a result after the noun phrase).
// Sets *end to one past the measure word when it follows the quantity.
std::optional<Measure> part_or_result(const WordTokens& t, const Scanner& s,
                                      const std::vector<Candidate>& cands, std::size_t n,
                                      std::size_t* end) {
  const Candidate& c = cands[n];
  const std::size_t q = c.q.first, e = c.q.last;
  if (t.is(e, "of") && t.is_any(e + 1, {"the", "those"}) &&
      t.is_any(e + 2, {"dead", "killed", "injured", "wounded", "victims"})) {
    *end = e + 3;
    return t.is(e + 2, "victims") ? Measure::kKilled : s.measure(e + 2);
  }
  // "claimed 84 lives", "cost 30 lives".
  if (q > 0 && t.is_any(e, {"lives", "life"}) &&
      t.is_any(q - 1, {"claimed", "claiming", "claims", "took", "taking", "cost", "costing"})) {
    *end = e + 1;
    return Measure::kKilled;
  }
  if (q > 0 && t.is(q - 1, "including")) {
    for (std::size_t m = n; m-- > 0;)
      if (cands[m].measure) return cands[m].measure;
    return std::nullopt;
  }
  if (q > 0 && t.is_any(q - 1, {"left", "leaving", "leave", "leaves"})) {
    for (std::size_t k = c.np_end; k < t.size() && k < c.np_end + 6; ++k) {
      if (t[k].kind == WordKind::kPunct) break;
      if (t.is_any(k, {"dead", "injured", "wounded"})) {
        *end = k + 1;
        return s.measure(k);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Measure measure) {
  switch (measure) {
    case Measure::kKilled:
      return "killed";
    case Measure::kWounded:
      return "wounded";
    case Measure::kArrested:
      return "arrested";
    case Measure::kMissing:
      return "missing";
    case Measure::kKidnapped:
      return "kidnapped";
  }
  return "killed";
}

std::vector<Figure> find_figures(std::string_view sentence, std::uint32_t base_offset) {
  const WordTokens t(sentence);
  std::vector<Figure> out;
  const std::vector<TokenQuantity> quantities = scan_quantities(t, base_offset);
  if (quantities.empty()) return out;
  const Scanner s(t);
  std::vector<Candidate> cands;
  cands.reserve(quantities.size());
  for (const TokenQuantity& q : quantities) {
    Candidate c;
    c.q = q;
    const auto np = s.noun_phrase(q.last);
    c.np_end = np.end;
    c.unit = np.unit;
    c.trigger_first = q.first;
    c.trigger_end = np.end;
    cands.push_back(c);
  }
  for (std::size_t n = 0; n < cands.size(); ++n) {
    Candidate& c = cands[n];
    if (c.unit || c.q.quantity.malformed || c.q.quantity.vague || c.q.quantity.high <= 0) continue;
    std::size_t pos = 0;
    // A measure noun right after the number, then a verb before it, then one after.
    if (s.has(c.np_end, kHeadNoun) && (c.measure = s.after(c.np_end, &pos))) {
      c.trigger_end = pos;
    } else if ((c.measure = s.before(c.q.first, &pos))) {
      c.trigger_first = pos;
      c.by_verb_before = true;
    } else if ((c.measure = s.after(c.np_end, &pos))) {
      c.trigger_end = pos;
    } else {
      // Across coordinated quantities: "two staff members and four locals died".
      std::size_t j = c.np_end, m = n;
      while (m + 1 < cands.size() && (t.is(j, "and") || t.is(j, ",")) &&
             cands[m + 1].q.first == j + 1 && !cands[m + 1].unit) {
        ++m;
        j = cands[m].np_end;
      }
      if (m > n && (c.measure = s.after(j, &pos))) {
        c.trigger_end = pos;
      } else if (n > 0 && cands[n - 1].measure && cands[n - 1].by_verb_before) {
        // "killed 13 US soldiers and 170 Afghans".
        const Candidate& p = cands[n - 1];
        std::size_t k = p.np_end;
        if (t.is(k, ",")) ++k;
        if (t.is_any(k, {"and", "plus"})) ++k;
        if (t.is_any(k, {"another", "a"}) && k + 1 == c.q.first) ++k;
        if (k == c.q.first && k > p.np_end) {
          c.measure = p.measure;
          c.by_verb_before = true;
        }
      }
    }
    if (!c.measure && (c.measure = part_or_result(t, s, cands, n, &pos)))
      c.trigger_end = std::max(c.trigger_end, pos);
    if (!c.measure) continue;
    Figure f;
    const std::size_t first = std::min<std::size_t>(c.trigger_first, c.q.first);
    const std::size_t end = std::max<std::size_t>(c.trigger_end, c.q.last);
    f.start = base_offset + t[first].start;
    f.end = base_offset + t[end - 1].end;
    f.measure = *c.measure;
    f.low = c.q.quantity.low;
    f.high = c.q.quantity.high;
    f.qualifier = c.q.quantity.qualifier;
    out.push_back(f);
  }
  return out;
}

}  // namespace dossier
