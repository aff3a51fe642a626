#include "dossier/extract/figure_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace dossier {

bool person_noun(std::string_view w);  // below: a noun for one person
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
    add(x,
        {"killed", "murdered", "executed", "massacred", "slaughtered", "beheaded", "assassinated",
         "lynched"},
        kActive | kPost | kTransitive, M::kKilled);
    add(x, {"behead", "beheading", "assassinate", "assassinating"}, kActive, M::kKilled);
    add(x, {"succumbed", "succumb", "succumbs"}, kPost, M::kKilled);
    add(x,
        {"murder", "murders", "murdering", "execute", "executes", "executing", "massacre",
         "massacring", "slaughter", "slaughtering"},
        kActive, M::kKilled);
    add(x, {"dead", "died", "die", "dies", "perished", "slain", "deceased"}, kPost, M::kKilled);
    add(x, {"deaths", "fatalities", "bodies", "corpses"}, kHeadNoun, M::kKilled);
    add(x,
        {"death", "deaths", "killing", "killings", "murder", "murders", "massacre", "execution",
         "executions", "slaying", "slayings", "bodies", "assassination", "beheading"},
        kNounOf, M::kKilled);
    add(x, {"wound", "wounds", "wounding", "injure", "injures", "injuring", "hurting", "treating"},
        kActive, M::kWounded);
    add(x, {"wounded", "injured", "hurt"}, kActive | kPost | kTransitive, M::kWounded);
    add(x, {"injuries"}, kHeadNoun, M::kWounded);
    add(x, {"wounding", "injuring"}, kNounOf, M::kWounded);
    add(x,
        {"arrest", "arresting", "detain", "detains", "detaining", "apprehend", "apprehending",
         "caught", "catching"},
        kActive, M::kArrested);
    add(x, {"arrested", "detained", "apprehended", "captured", "charged", "indicted"},
        kActive | kPost | kTransitive, M::kArrested);
    add(x, {"rounded"}, kActive, M::kArrested);  // "rounded up 40 people"
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
    add(x, {"a",          "an",        "the",         "and",       "or",        "but",
            "nor",        "in",        "on",          "at",        "by",        "for",
            "from",       "with",      "without",     "into",      "near",      "during",
            "after",      "before",    "since",       "as",        "of",        "to",
            "across",     "inside",    "outside",     "including", "among",     "amid",
            "while",      "when",      "where",       "who",       "whom",      "whose",
            "which",      "that",      "than",        "this",      "these",     "those",
            "there",      "their",     "his",         "her",       "its",       "our",
            "they",       "he",        "she",         "it",        "we",        "over",
            "under",      "about",     "around",      "so",        "if",        "then",
            "said",       "says",      "say",         "according", "both",      "each",
            "will",       "would",     "could",       "should",    "may",       "might",
            "must",       "can",       "also",        "all",       "later",     "reportedly",
            "allegedly",  "not",       "never",       "have",      "has",       "had",
            "lost",       "shot",      "stabbed",     "beaten",    "burned",    "burnt",
            "hacked",     "taken",     "placed",      "held",      "admitted",  "rushed",
            "brought",    "seized",    "unaccounted", "remain",    "remained",  "remains",
            "critically", "seriously", "severely",    "gravely",   "critical",  "appeared",
            "appear",     "appears",   "received",    "suffered",  "sustained", "pronounced",
            "declared",   "found",     "stood",       "face",      "faces",     "faced",
            "went",       "plus",      "besides",     "fatally",   "showed",    "arrived",
            "walked",     "drove",     "transported"},
        kStop);
    add(x, {"were", "was", "are", "is", "be", "been", "being", "got", "get", "gets"},
        kStop | kAux | kBe);
    add(x, {"have",         "has",       "had",        "reportedly", "also",       "later",
            "subsequently", "initially", "all",        "both",       "allegedly",  "now",
            "still",        "already",   "eventually", "ultimately", "officially", "tragically",
            "reported",     "confirmed", "believed",   "feared",     "said",       "thought",
            "presumed",     "known",     "to",         "either",     "since",      "each",
            "apparently",   "likely",    "probably",   "among",      "remain",     "remained",
            "remains",      "being",     "there",      "may",        "might",      "could",
            "must"},
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
            "sits",       "sat",         "hovers",     "hovered",   "swollen",   "swelled",
            "soared",     "mounted",     "grown",      "gone",      "went",      "just",
            "only",       "touched",     "down",       "lowered",   "raised",    "bringing",
            "brought",    "brings"},
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
  Scanner(const WordTokens& t, const std::vector<TokenQuantity>& quantities)
      : t_(t), info_(t.size()), in_quantity_(t.size(), false) {
    for (const TokenQuantity& q : quantities)
      for (std::size_t i = q.first; i < q.last && i < t.size(); ++i) in_quantity_[i] = true;
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
    const std::size_t head = j;
    for (int count = 0; j < t_.size() && count < 5; ++count) {
      // "pupils and teachers", "villagers of Kulob": on through "and" before a plain noun
      // and through "of" before a name.
      if (j > head && in_quantity_[j]) break;
      if (j > head && ((t_.is(j, "and") && plain_noun(j + 1) && !opens_phrase(j + 2)) ||
                       (t_.is(j, "of") && plain_word(j + 1) && t_[j + 1].capitalized))) {
        j += 2;
        continue;
      }
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

  // A word outside the lexicon and outside every quantity.
  bool plain_word(std::size_t j) const {
    return j < t_.size() && t_[j].kind == WordKind::kWord && info_[j].flags == 0 &&
           !in_quantity_[j];
  }
  // A lower-case plain word that does not look like a verb form: "teenagers", not "fled".
  bool plain_noun(std::size_t j) const {
    if (!plain_word(j) || t_[j].capitalized) return false;
    const std::string_view w = t_.lower(j);
    return !w.ends_with("ed") && !w.ends_with("ing");
  }

  // A number late in a list of the dead: "The victims were a farmer, a nurse and two
  // students".
  bool in_victim_list(std::size_t q) const {
    if (q == 0 || !t_.is_any(q - 1, {"and", ","})) return false;
    for (std::size_t k = q - 1; k > 0 && k + 16 > q; --k) {
      if (t_.is_any(k, {"were", "are", "included", "include", "includes"}))
        return t_.is_any(k - 1, {"victims", "dead"});
      if (!t_.is_any(k, {",", "and", "a", "an"}) && !plain_word(k) && !in_quantity_[k])
        return false;
    }
    return false;
  }

  // A quantity or a determiner at j: what follows "and" then starts a new phrase ("and left
  // over 40 hurt", "and fled the scene").
  bool opens_phrase(std::size_t j) const {
    return j < t_.size() &&
           (in_quantity_[j] || t_.is_any(j, {"a", "an", "the", "his", "her", "their", "its"}));
  }

  // One past a parenthetical that starts at j, or j when none does: a dash pair
  // ("five hikers -- three Danes and a Pole -- were") or a comma pair ("40 people,
  // most of them farmers, were"). A comma pair holds no number unless it names a part ("12 people,
  // including two children,", "eight people, three of them children,").
  std::size_t aside_end(std::size_t j) const {
    if (t_.is_dash(j) && t_[j].space_before) {
      std::size_t k = j + 1;
      while (t_.is_dash(k) && t_.joined(k)) ++k;
      for (const std::size_t stop = k + 16; k < t_.size() && k < stop; ++k) {
        if (t_.is_dash(k) && (t_[k].space_before || !t_.joined(k + 1))) {
          while (t_.is_dash(k + 1) && t_.joined(k + 1)) ++k;
          return k + 1;
        }
        if (t_.is_any(k, {".", ";", ":", "(", ")"})) break;
      }
      return j;
    }
    if (!t_.is(j, ",")) return j;
    // "John Doe, 34, was": an age between commas.
    if (t_.is(j + 2, ",") && j + 1 < t_.size() && t_[j + 1].kind == WordKind::kNumber &&
        t_.lower(j + 1).size() <= 3)
      return j + 3;
    const bool part = t_.is_any(j + 1, {"including", "among"}) ||
                      (t_.is(j + 2, "of") && t_.is_any(j + 3, {"them", "whom"}));
    for (std::size_t k = j + 1; k < t_.size() && k < j + 14; ++k) {
      if (t_.is(k, ",")) return k + 1;
      // "one suspect, a 21-year-old man, was": an age is no count.
      if (t_[k].kind == WordKind::kNumber && !part && !(t_.is_dash(k + 1) && t_.is(k + 2, "year")))
        break;
      if (t_[k].kind == WordKind::kPunct && !t_.joined(k) && !t_.possessive(k)) break;
    }
    return j;
  }

  // Measure stated after the noun phrase ending at j: "were killed", "dead",
  // "lost their lives". Sets *end to one past the trigger.
  std::optional<Measure> after(std::size_t j, std::size_t* end) const {
    if (has(j, kHeadNoun)) {
      *end = j + 1;
      return measure(j);
    }
    // "two soldiers from the special forces were killed": a short phrase after the noun.
    // "the victim of last week's shooting has died".
    if (t_.is_any(j, {"from", "of"}) && t_.is_any(j + 1, {"the", "last", "this", "a"})) {
      std::size_t k = j + 2;
      while (k < t_.size() && k < j + 7 && t_[k].kind == WordKind::kWord && !in_quantity_[k] &&
             !has(k, kAux | kPost))
        ++k;
      if (k > j + 2 && has(k, kAux | kPost)) j = k;
    }
    // "The three gunmen, who were shot dead": a relative clause between commas.
    if (t_.is(j, ",") && t_.is(j + 1, "who")) ++j;
    // Up to two parentheticals after the noun phrase: "Three people, including two children,
    // were", "40 people, most of them farmers, queuing at a bank, were".
    j = aside_end(j);
    if (j > 0 && t_.is(j - 1, ",") && plain_word(j)) j = std::max(j, aside_end(j - 1));
    // "all 90 people on board were killed"; a relative clause: "the 290 people who died".
    if (t_.is(j, "on") && t_.is(j + 1, "board")) j += 2;
    if (t_.is_any(j, {"who", "that", "aboard"})) ++j;
    bool be = false;
    for (int n = 0; n < 6 && j < t_.size(); ++n) {
      if (has(j, kNegation)) return std::nullopt;
      if (t_.is(j, "among") && t_.is_any(j + 1, {"those", "the"})) {  // "among those killed"
        j += 2;
        continue;
      }
      // "had been identified among the dead", "was listed among the victims".
      if (t_.is_any(j, {"identified", "listed", "counted", "named", "numbered"}) &&
          t_.is(j + 1, "among")) {
        ++j;
        continue;
      }
      // "was listed in critical condition", "is reported in stable condition".
      if (t_.is_any(j, {"listed", "reported"}) && t_.is(j + 1, "in")) {
        ++j;
        continue;
      }
      // "were slightly injured", "was accidentally shot".
      if (manner_adverb(j) && !t_.is(j, "fatally") && (has(j + 1, kPost) || t_.is(j + 1, "shot"))) {
        ++j;
        continue;
      }
      if (!has(j, kAux)) break;
      be = be || has(j, kBe);
      ++j;
    }
    if (has(j, kNegation)) return std::nullopt;
    std::size_t e = j + 1;
    std::optional<Measure> m = phrase_after(j, &e);
    if (m && !be && !passive_shot(j)) m.reset();  // "a man who shot him": the shooter
    if (m == Measure::kWounded && ((t_.is(j, "shot") && died_later(e)) || died_there(e)))
      m = Measure::kKilled;
    if (!m && has(j, kPost)) {
      // "were killed or injured": killed and wounded together, not one measure.
      if (t_.is_any(j + 1, {"or", "and"}) && has(j + 2, kPost) && measure(j + 2) != measure(j))
        return std::nullopt;
      m = measure(j);
      // "four gunmen killed 144": an active verb with an object; but "60 wounded people":
      // a participle before the noun it describes, and "90 wounded were moved": a noun.
      const bool adjective =
          t_.is_any(j + 1, {"people", "persons", "civilians", "others", "victims", "passengers"});
      const bool noun = has(j + 1, kBe) || t_.is_any(j + 1, {"have", "has", "had"});
      if (has(j, kTransitive) && !be && !adjective && !noun && j + 1 < t_.size() &&
          t_[j + 1].kind != WordKind::kPunct && !has(j + 1, kPassiveNext) &&
          !(t_.is(j + 1, "at") && !t_.is(j + 2, "least")))
        return std::nullopt;
      if (adjective) e = j + 2;
    }
    if (m) *end = e;
    return m;
  }

  // "slightly", "fatally": an adverb that may stand before a measure participle.
  bool manner_adverb(std::size_t j) const {
    if (j >= t_.size() || t_[j].kind != WordKind::kWord) return false;
    const std::string_view w = t_.lower(j);
    return w.size() > 4 && w.ends_with("ly");
  }

  // A measure phrase starting at j, after the noun phrase and its auxiliaries: "lost their
  // lives", "taken into custody", "in critical condition", "on trial". Sets *e to one past it.
  // "a boy shot in a drive-by Friday has died", "the man who was shot Tuesday died": the
  // clause after the participle, from token k, says the one shot died.
  bool died_later(std::size_t k) const {
    for (const std::size_t end = k + 20; k < t_.size() && k < end; ++k) {
      if (t_.is_any(k, {";", "and", "but", "while", "after"}) || in_quantity_[k]) return false;
      if (t_.is(k, "died") || (t_.is(k, "dead") && t_.is_any(k - 1, {"is", "was"}))) return true;
    }
    return false;
  }

  // "taken to the hospital, where he died", "transported to a hospital but died after
  // arrival", "rushed to a hospital and later died": the clause right after the phrase ending
  // before token k says the one taken there died.
  bool died_there(std::size_t k) const {
    if (t_.is(k, ",")) ++k;
    if (!t_.is_any(k, {"where", "but", "and"})) return false;
    ++k;
    if (t_.is_any(k, {"he", "she", "they"})) ++k;
    while (t_.is_any(k, {"later", "then", "eventually", "subsequently", "was", "were", "had"})) ++k;
    return t_.is_any(k, {"died", "succumbed"}) || (t_.is(k, "pronounced") && t_.is(k + 1, "dead"));
  }

  // "shot" at j read as passive without "was": "shot dead", or a headline's "Man shot in
  // the leg", "Teen shot Tuesday", "shot, calls for help"; not "shot him", "shot a man".
  bool passive_shot(std::size_t j) const {
    if (manner_adverb(j)) ++j;  // "fatally shot", "accidentally shot"
    if (!t_.is(j, "shot") || t_.is_any(j + 1, {"dead", "himself", "herself"})) return true;
    if (j + 1 >= t_.size() || t_[j + 1].kind == WordKind::kPunct) return true;
    return t_.is_any(
        j + 1, {"in",     "on",       "while",  "during",    "near",     "outside",   "inside",
                "after",  "early",    "late",   "overnight", "multiple", "several",   "twice",
                "once",   "by",       "and",    "monday",    "tuesday",  "wednesday", "thursday",
                "friday", "saturday", "sunday", "last",      "this",     "at"});
  }

  std::optional<Measure> phrase_after(std::size_t j, std::size_t* e) const {
    if (auto m = killed_or_wounded_phrase(j, e)) return m;
    // "taken into (police) custody", "placed under arrest", "held for questioning".
    if (t_.is_any(j, {"taken", "placed"}) && t_.is(j + 1, "into")) {
      const std::size_t c = t_.is(j + 2, "custody") ? j + 2 : j + 3;
      if (t_.is(c, "custody")) {
        *e = c + 1;
        return Measure::kArrested;
      }
    }
    if (t_.is(j, "rounded") && t_.is(j + 1, "up")) {
      *e = j + 2;
      return Measure::kArrested;
    }
    const std::size_t u = t_.is(j, "placed") ? j + 1 : j;
    if (t_.is(u, "under") && t_.is(u + 1, "arrest")) {
      *e = u + 2;
      return Measure::kArrested;
    }
    if (t_.is_any(j, {"taken", "held", "brought", "hauled"})) {
      const std::size_t f = t_.is(j + 1, "in") ? j + 2 : j + 1;
      if (t_.is(f, "for") && t_.is(f + 1, "questioning")) {
        *e = f + 2;
        return Measure::kArrested;
      }
    }
    if (t_.is(j, "in") && t_.is_any(j + 1, {"custody", "detention"})) {
      *e = j + 2;
      return Measure::kArrested;
    }
    if (t_.is(j, "remanded") && t_.is(j + 1, "in") && t_.is(j + 2, "custody")) {
      *e = j + 3;
      return Measure::kArrested;
    }
    // "have been on trial", "stood trial", "went on trial", "appeared in a military court".
    if (t_.is_any(j, {"stood", "stand", "stands", "face", "faces", "faced", "facing", "went", "go",
                      "goes"}) &&
        t_.is(j + 1, "on") && t_.is(j + 2, "trial")) {
      *e = j + 3;
      return Measure::kArrested;
    }
    if ((t_.is(j, "on") ||
         t_.is_any(j, {"stood", "stand", "stands", "face", "faces", "faced", "facing"})) &&
        t_.is(j + 1, "trial")) {
      *e = j + 2;
      return Measure::kArrested;
    }
    if (t_.is_any(j, {"appeared", "appear", "appears", "appearing"}) && t_.is(j + 1, "in")) {
      for (std::size_t k = j + 2; k < t_.size() && k < j + 6; ++k)
        if (t_.is(k, "court")) {
          *e = k + 1;
          return Measure::kArrested;
        }
    }
    if (t_.is_any(j, {"taken", "held", "seized"}) && t_.is_any(j + 1, {"hostage", "captive"})) {
      *e = j + 2;
      return Measure::kKidnapped;
    }
    if (t_.is(j, "unaccounted") && t_.is(j + 1, "for")) {
      *e = j + 2;
      return Measure::kMissing;
    }
    return std::nullopt;
  }

  // One past a hospital's name of up to four capitalised words at k ("the Aga Khan
  // Hospital"), or 0.
  std::size_t named_hospital_end(std::size_t k) const {
    if (t_.is(k, "the")) ++k;
    for (const std::size_t stop = k + 4; k < t_.size() && k < stop && t_[k].capitalized; ++k)
      if (t_.is_any(k, {"hospital", "hospitals", "infirmary"})) return k + 1;
    return 0;
  }

  // "taken to hospital", "remained in City Hospital", "in intensive care", "in a critical
  // condition": the wounded forms of phrase_after that say where they are.
  std::optional<Measure> in_hospital_phrase(std::size_t j, std::size_t* e) const {
    // "taken to hospital", "rushed to a local hospital", "flown to Mercy Hospital".
    if (t_.is_any(j, {"taken", "admitted", "rushed", "brought", "flown", "airlifted", "transported",
                      "driven"}) &&
        t_.is(j + 1, "to"))
      for (std::size_t w = j + 2; w < t_.size() && w < j + 6 && t_[w].kind == WordKind::kWord; ++w)
        if (t_.is_any(w, {"hospital", "hospitals"})) {
          *e = w + 1;
          return Measure::kWounded;
        }
    // "are still admitted at Kenyatta National Hospital".
    if (t_.is(j, "admitted") && t_.is_any(j + 1, {"at", "to", "in"}))
      if (const std::size_t end = named_hospital_end(j + 2)) {
        *e = end;
        return Measure::kWounded;
      }
    if (!t_.is(j, "in")) return std::nullopt;
    if (t_.is_any(j + 1, {"hospital", "hospitals"})) {
      *e = j + 2;
      return Measure::kWounded;
    }
    // "remained in Christ Church Hospital", "in intensive care", "in critical care".
    if (const std::size_t end = named_hospital_end(j + 1)) {
      *e = end;
      return Measure::kWounded;
    }
    if (t_.is_any(j + 1, {"intensive", "critical"}) && t_.is(j + 2, "care")) {
      *e = j + 3;
      return Measure::kWounded;
    }
    // "52 are in critical condition", "in a very serious condition".
    std::size_t k = j + 1;
    if (t_.is(k, "a")) ++k;
    if (t_.is(k, "very")) ++k;
    if (!t_.is_any(k, {"critical", "serious", "grave", "stable"}) || !t_.is(k + 1, "condition"))
      return std::nullopt;
    *e = k + 2;
    return Measure::kWounded;
  }

  // The killed and wounded forms of phrase_after.
  std::optional<Measure> killed_or_wounded_phrase(std::size_t j, std::size_t* e) const {
    // "were fatally shot", "one fatally", "was fatally wounded".
    if (t_.is(j, "fatally")) {
      const bool verb =
          t_.is_any(j + 1, {"shot", "wounded", "injured", "stabbed", "struck", "hit"});
      if (verb || j + 1 >= t_.size() || t_[j + 1].kind == WordKind::kPunct) {
        *e = verb ? j + 2 : j + 1;
        return Measure::kKilled;
      }
    }
    if (t_.is(j, "lost") && t_.is_any(j + 1, {"their", "his", "her"}) &&
        t_.is_any(j + 2, {"lives", "life"})) {
      *e = j + 3;
      return Measure::kKilled;
    }
    if (t_.is_any(j, {"shot", "stabbed", "beaten", "burned", "burnt", "hacked"}) &&
        (t_.is(j + 1, "dead") || (t_.is(j + 1, "to") && t_.is(j + 2, "death")))) {
      *e = t_.is(j + 1, "dead") ? j + 2 : j + 3;
      return Measure::kKilled;
    }
    // "shot and wounded", "shot and later died".
    if (t_.is(j, "shot") && t_.is(j + 1, "and")) {
      const std::size_t v =
          t_.is_any(j + 2, {"later", "then", "eventually", "subsequently"}) ? j + 3 : j + 2;
      if (has(v, kPost)) {
        *e = v + 1;
        return measure(v);
      }
    }
    // "was shot in the leg", "shot himself", "were shot Saturday", "were shot at a party":
    // hit, not said to have died ("shot at" alone is fired on).
    const bool at_a_place = t_.is(j + 1, "at") && t_.is_any(j + 2, {"a", "an"});
    if (t_.is(j, "shot") &&
        (at_a_place || !t_.is_any(j + 1, {"and", "at", "down", "by", "dead", "to"}))) {
      *e = j + 1;
      return Measure::kWounded;
    }
    // "was found shot in the leg", "were found wounded".
    if (t_.is(j, "found") && t_.is_any(j + 1, {"shot", "wounded", "injured", "stabbed"}) &&
        !t_.is(j + 2, "dead")) {
      *e = j + 2;
      return Measure::kWounded;
    }
    if (t_.is_any(j, {"pronounced", "declared", "found"}) &&
        t_.is_any(j + 1, {"dead", "deceased"})) {
      *e = j + 2;
      return Measure::kKilled;
    }
    if (auto m = in_hospital_phrase(j, e)) return m;
    if (wounded_phrase(j, e)) return Measure::kWounded;
    return std::nullopt;
  }

  // The wounded forms of phrase_after beyond the hospital's: "critical", "on life support",
  // "with gunshot wounds", "hit by a stray bullet", "treated for", "suffered injuries".
  bool wounded_phrase(std::size_t j, std::size_t* e) const {
    if (t_.is_any(j, {"critical", "recovering", "survived"})) {
      *e = j + 1;
      return true;
    }
    // "is expected to survive", "expected to recover".
    if (t_.is(j, "expected") && t_.is(j + 1, "to") && t_.is_any(j + 2, {"survive", "recover"})) {
      *e = j + 3;
      return true;
    }
    if (t_.is(j, "on") && t_.is(j + 1, "life") && t_.is(j + 2, "support")) {
      *e = j + 3;
      return true;
    }
    if (t_.is_any(j, {"critically", "seriously", "severely", "gravely"}) &&
        (j + 1 >= t_.size() || t_[j + 1].kind == WordKind::kPunct ||
         t_.is_any(j + 1, {"wounded", "injured", "hurt", "ill"}))) {
      *e = t_.is_any(j + 1, {"wounded", "injured", "hurt", "ill"}) ? j + 2 : j + 1;
      return true;
    }
    // "had been brought in with gunshot wounds", "admitted with burns", "showed up at the
    // hospital with gunshot wounds", "was rushed to Mercy Hospital with minor injuries".
    if (t_.is_any(j, {"brought", "admitted", "taken", "showed", "arrived", "went", "walked",
                      "drove", "rushed", "transported", "hospitalized"})) {
      std::size_t w = j + 1;
      while (w < t_.size() && w < j + 8 && !t_.is(w, "with") && t_[w].kind == WordKind::kWord) ++w;
      if (t_.is(w, "with"))
        for (++w; w < t_.size() && w < j + 14 && t_[w].kind != WordKind::kPunct; ++w)
          if (t_.is_any(w, {"wound", "wounds", "injuries", "injury", "burns"})) {
            *e = w + 1;
            return true;
          }
    }
    // "a man with a gunshot wound", "two victims with gunshot wounds".
    if (t_.is(j, "with"))
      for (std::size_t w = j + 1; w < t_.size() && w < j + 5; ++w)
        if (t_.is_any(w, {"wound", "wounds"})) {
          *e = w + 1;
          return true;
        }
    // "hit by a stray bullet", "struck by gunfire".
    if (t_.is_any(j, {"hit", "struck", "grazed"}) && t_.is(j + 1, "by")) {
      for (std::size_t w = j + 2; w < t_.size() && w < j + 9; ++w)
        if (t_.is_any(w, {"bullet", "bullets", "gunfire", "shot", "shots", "round", "rounds"})) {
          *e = w + 1;
          return true;
        }
    }
    if (t_.is(j, "treated") && t_.is_any(j + 1, {"for", "in", "at"})) {
      *e = j + 2;
      return true;
    }
    // "One guard received a gunshot wound", "sustained serious injuries".
    if (t_.is_any(j, {"received", "suffered", "sustained", "receiving", "suffering"})) {
      for (std::size_t w = j + 1; w < t_.size() && w < j + 5; ++w)
        if (t_.is_any(w, {"wound", "wounds", "injury", "injuries", "burns"})) {
          *e = w + 1;
          return true;
        }
    }
    return false;
  }

  // A shooting verb ending at token k before its object: "shot dead 4 soldiers", "gunned
  // down 3 militants", "fatally shot a clerk", "accidentally shot a girl" (hit: wounded).
  std::optional<Measure> shooting_before(std::size_t k, std::size_t* start) const {
    if (k >= 1 && ((t_.is(k, "dead") && t_.is(k - 1, "shot")) ||
                   (t_.is(k, "down") && t_.is(k - 1, "gunned")))) {
      *start = k - 1;
      return Measure::kKilled;
    }
    if (t_.is(k, "shot") && !t_.is(k - 1, "was") && !t_.is(k - 1, "were")) {
      const bool fatal = k >= 1 && t_.is(k - 1, "fatally");
      *start = fatal ? k - 1 : k;
      return fatal ? Measure::kKilled : Measure::kWounded;
    }
    // "opened fire on four men", "a bullet hitting a 73-year-old man": hit.
    if (k >= 2 && t_.is(k, "on") && t_.is(k - 1, "fire") &&
        t_.is_any(k - 2, {"opened", "open", "opens", "opening"})) {
      *start = k - 2;
      return Measure::kWounded;
    }
    if (t_.is_any(k, {"hitting", "striking"})) {
      *start = k;
      return Measure::kWounded;
    }
    return std::nullopt;
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
    // "killed himself and 7 others".
    if (k >= 2 && t_.is(k, "and") && t_.is_any(k - 1, {"himself", "herself", "themselves"})) k -= 2;
    if (auto m = shooting_before(k, start)) return m;
    // "Among those detained were four suspects", "Among the dead are two guards".
    if (k >= 3 && t_.is_any(k, {"were", "was", "are", "is"}) && has(k - 1, kPost) &&
        t_.is_any(k - 2, {"those", "the"}) && t_.is(k - 3, "among")) {
      *start = k - 3;
      return measure(k - 1);
    }
    // "officials put the dead at 61 pilgrims".
    if (k >= 3 && t_.is(k, "at") && t_.is(k - 1, "dead") && t_.is(k - 2, "the") &&
        t_.is_any(k - 3, {"put", "puts", "putting"})) {
      *start = k - 3;
      return Measure::kKilled;
    }
    // "sending two people to the hospital", "sent four to area hospitals": hit.
    if (t_.is_any(k, {"sending", "sent", "sends", "send"}) &&
        (t_.is_any(q + 1, {"to", "people", "persons", "others", "victims", "men", "women",
                           "children", "teens", "teenagers"}) ||
         (q + 1 < t_.size() && person_noun(t_.lower(q + 1))))) {
      for (std::size_t j = q + 1; j + 1 < t_.size() && j < q + 8; ++j) {
        if (t_[j].kind == WordKind::kPunct) break;
        if (t_.is(j, "to"))
          for (std::size_t w = j + 1; w < t_.size() && w < j + 4; ++w)
            if (t_.is_any(w, {"hospital", "hospitals"})) {
              *start = k;
              return Measure::kWounded;
            }
      }
    }
    // "have taken 12 people into custody".
    if (t_.is_any(k, {"taken", "took", "taking", "take", "takes"})) {
      for (std::size_t j = q + 1; j < t_.size() && j < q + 12; ++j) {
        if (t_[j].kind == WordKind::kPunct && !t_.is(j, ",")) break;
        if (t_.is(j, "into") && t_.is(j + 1, "custody")) {
          *start = k;
          return Measure::kArrested;
        }
      }
    }
    // "the dead included 25 lawyers" ("the victims include two children" says not whether
    // they died).
    if (t_.is_any(k, {"included", "include", "includes"}) && k > 0 && has(k - 1, kPost)) {
      *start = k - 1;
      return measure(k - 1);
    }
    if (has(k, kActive)) {
      // "killed or wounded 50": killed and wounded together, not one measure.
      if (k >= 2 && t_.is_any(k - 1, {"or", "and"}) && has(k - 2, kActive) &&
          measure(k - 2) != measure(k))
        return std::nullopt;
      *start = k;
      return measure(k);
    }
    if (t_.is(q - 1, "of") && q >= 2) {
      const std::size_t n = q - 2;
      // "the shootings of three people" (hit), "the fatal shooting of a boy".
      if (t_.is_any(n, {"shooting", "shootings"})) {
        const bool fatal = n > 0 && t_.is_any(n - 1, {"fatal", "deadly"});
        *start = n > 0 && t_.is_any(n - 1, {"the", "fatal", "deadly"}) ? n - 1 : n;
        return fatal ? Measure::kKilled : Measure::kWounded;
      }
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
    // "freed all but 30 of the detainees": the rest are still held.
    if (q >= 3 && t_.is(q - 1, "but") && t_.is(q - 2, "all") &&
        t_.is_any(q - 3, {"released", "freed", "releasing", "freeing", "release", "free"})) {
      *start = q - 3;
      return Measure::kArrested;
    }
    // "held in custody along with two relatives", "died together with 3 guards".
    if (q >= 3 && t_.is(q - 1, "with") && t_.is_any(q - 2, {"along", "together"}) &&
        (has(q - 3, kPost) || t_.is(q - 3, "custody"))) {
      *start = q - 3;
      return has(q - 3, kPost) ? measure(q - 3) : Measure::kArrested;
    }
    return toll(q, start);
  }

  // "the death toll rose to N", "the number of injured reached N", "toll of N". After a verb
  // of rising the subject may be further back, within the clause: "The death toll from
  // Saturday's bombing in the capital rose to 276".
  std::optional<Measure> toll(std::size_t q, std::size_t* start) const {
    std::size_t k = q;
    bool rose = false;
    for (int n = 0; n < (rose ? 22 : 7) && k > 0; ++n) {
      --k;
      // Far back, "toll" must open its phrase: not "Despite the toll, membership rose to 400".
      if (t_.is_any(k, {"toll", "tally"}) &&
          !(rose && k + 1 < t_.size() && t_[k + 1].kind == WordKind::kPunct)) {
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
      if (rose) {  // "The number killed in Sunday's attacks on two mosques, in X, rose to 50"
        if (t_[k].kind == WordKind::kPunct && !t_.is(k, ",")) return std::nullopt;
        continue;
      }
      rose = t_.is_any(
          k, {"rose",   "risen",     "climbed",  "reached", "jumped",  "increased", "grew",
              "grown",  "surpassed", "exceeded", "topped",  "swelled", "soared",    "mounted",
              "stands", "stood",     "revised",  "lowered", "raised",  "down"});
      if (!has(k, kTollLink) && t_[k].kind != WordKind::kPunct) return put_toll(q, start);
      if (t_[k].kind == WordKind::kPunct && !t_.is(k, ",")) return std::nullopt;
    }
    return std::nullopt;
  }

  // "officials put the toll from the blast at the embassy at ten": "put the toll" far before
  // "at N", within the clause.
  std::optional<Measure> put_toll(std::size_t q, std::size_t* start) const {
    if (q == 0 || !t_.is(q - 1, "at")) return std::nullopt;
    for (std::size_t k = q - 1; k > 0 && k + 22 > q;) {
      --k;
      if (t_[k].kind == WordKind::kPunct && !t_.is(k, ",")) return std::nullopt;
      if (in_quantity_[k] || has(k, kActive | kPost)) return std::nullopt;
      if (!t_.is(k, "toll")) continue;
      std::size_t p = k;
      if (p > 0 && t_.is_any(p - 1, {"death", "casualty"})) --p;
      if (p > 0 && t_.is(p - 1, "the")) --p;
      if (p == 0 || !t_.is_any(p - 1, {"put", "puts", "putting", "placed"})) return std::nullopt;
      *start = p - 1;
      return t_.is(k - 1, "casualty") ? std::nullopt : std::optional<Measure>(Measure::kKilled);
    }
    return std::nullopt;
  }

 private:
  const WordTokens& t_;
  std::vector<WordInfo> info_;
  std::vector<bool> in_quantity_;
};

struct Candidate {
  TokenQuantity q;
  std::size_t np_end = 0;
  bool unit = false;
  std::optional<Measure> measure;
  bool counts_next = false;  // a verb before it or a part: a quantity after "and" counts the same

  std::size_t trigger_first = 0, trigger_end = 0;
  std::size_t aside_last = 0;  // one past a parenthetical after the noun phrase, or np_end
  bool one_person = false;     // "a man", "the victim": no number stated
};

// "in Moscow." at token i: a preposition and a name that end the clause, as after a number
// whose verb is left out ("four were held in Osh and three in Bishkek").
// Also "and 12 at the market nearby", "and 20 at the Central metro station, near ...".
bool gapped_place(const WordTokens& t, std::size_t i) {
  if (!t.is_any(i, {"in", "at", "on", "from"}) || i + 1 >= t.size()) return false;
  std::size_t k = i + 1;
  if (t.is(k, "the")) {
    const std::size_t stop = k + 6;
    for (++k; k < stop && k < t.size() && t[k].kind == WordKind::kWord; ++k) {
      if (t.is_any(k, {"and", "in", "on"})) break;
      // A verb of its own: "and two in the car survived" is no gapped clause.
      const std::string_view w = t.lower(k);
      if (!t[k].capitalized && (w.ends_with("ed") || t.is_any(k, {"were", "was", "are", "is"})))
        return false;
    }
    return k > i + 2 &&
           (k == t.size() || t[k].kind == WordKind::kPunct || t.is_any(k, {"and", "in", "on"}));
  }
  if (!t[k].capitalized) return false;
  // "Dar es Salaam", "Sesto San Giovanni", "Rio de Janeiro".
  while (k < t.size() && (t[k].capitalized || (t.is_any(k, {"es", "de", "del", "da", "do", "al",
                                                            "el", "la", "le", "van", "von"}) &&
                                               k + 1 < t.size() && t[k + 1].capitalized)))
    ++k;
  return k == t.size() || t[k].kind == WordKind::kPunct || t.is_any(k, {"and", "in", "on"});
}

// The measure of the nearest figure before cands[n], if any.
std::optional<Measure> earlier_measure(const std::vector<Candidate>& cands, std::size_t n) {
  for (std::size_t m = n; m-- > 0;)
    if (cands[m].measure) return cands[m].measure;
  return std::nullopt;
}

// A sentence opening on a measured group counts its parts: "Of the 20 victims, 15 were
// Indonesians", "Of the dead, 132 were pupils and nine were staff".
std::optional<Measure> opening_group(const WordTokens& t, const Scanner& s, std::size_t q,
                                     std::size_t e) {
  if (!t.is(0, "of") || !t.is(1, "the")) return std::nullopt;
  std::size_t comma = 2;
  while (comma < t.size() && comma < 9 && !t.is(comma, ",")) ++comma;
  if (!t.is(comma, ",")) return std::nullopt;
  const bool group_count = q == 2 && e + 1 == comma;  // the 20 of "Of the 20 victims,"
  if (!group_count && (q <= comma || !t.is_any(e, {"were", "was", "are", "is"})))
    return std::nullopt;
  for (std::size_t k = 2; k < comma; ++k) {
    if (t.is(k, "victims")) return Measure::kKilled;
    if (s.has(k, kPost | kHeadNoun)) return s.measure(k);
  }
  return std::nullopt;
}

// A number in a list after a colon that ends a figure: "28 people died in all: 20 hostages,
// two police officers and six of the attackers".
std::optional<Measure> in_colon_list(const WordTokens& t, const std::vector<Candidate>& cands,
                                     std::size_t n) {
  std::size_t k = cands[n].q.first;
  for (int steps = 0; k > 0 && steps < 14; ++steps) {
    --k;
    if (t.is(k, ":")) break;
    if (t[k].kind == WordKind::kPunct && !t.is(k, ",")) return std::nullopt;
  }
  if (!t.is(k, ":")) return std::nullopt;
  for (std::size_t m = n; m-- > 0;) {
    const Candidate& p = cands[m];
    if (p.q.last > k) continue;  // an earlier item of the list
    if (!p.measure || std::max(p.trigger_end, p.np_end) + 3 < k) return std::nullopt;
    return p.measure;
  }
  return std::nullopt;
}

// A part of a measured group stated next to it: "four of the injured", "Nineteen of the 30
// dead", "including (those of) 14 foreigners", "among them two priests", ", 9 of whom
// were charged", a number inside a figure's parenthetical ("five pilgrims -- one from Kenya
// and four from Uganda --"), a gapped clause ("four were held in Osh and three in
// Bishkek"). Sets *end to one past the measure word when it follows the quantity.
std::optional<Measure> part_of(const WordTokens& t, const Scanner& s,
                               const std::vector<Candidate>& cands, std::size_t n,
                               std::size_t* end) {
  const Candidate& c = cands[n];
  const std::size_t q = c.q.first, e = c.q.last;
  if (auto m = opening_group(t, s, q, e)) return m;
  if (auto m = in_colon_list(t, cands, n)) return m;
  if (t.is(e, "of") && t.is_any(e + 1, {"the", "those"})) {
    // "20 of the most seriously wounded".
    std::size_t w = e + 2;
    for (int n = 0; n < 2 && t.is_any(w, {"most", "more", "seriously", "critically", "badly",
                                          "severely", "gravely"});
         ++n)
      ++w;
    if (t.is_any(w, {"dead", "killed", "injured", "wounded"})) {
      *end = w + 1;
      return s.measure(w);
    }
    // "three of the victims died": a part of the victims is counted by what befalls it;
    // "one of the victims was a teacher" counts nothing.
    if (t.is(w, "victims")) {
      std::size_t pos = 0;
      if (auto m = s.after(w + 1, &pos)) {
        *end = pos;
        return m;
      }
      return std::nullopt;
    }
    std::size_t pos = 0;
    if (n + 1 < cands.size() && cands[n + 1].q.first == e + 2)
      if (auto m = s.after(cands[n + 1].np_end, &pos)) {
        *end = pos;
        return m;
      }
  }
  std::size_t k = q;
  if (k >= 3 && t.is(k - 1, "of") && t.is(k - 2, "those")) k -= 2;
  if (k > 1 && t.is(k - 1, "the")) --k;  // "including the two bombers"
  if (k > 0 && t.is(k - 1, "including")) return earlier_measure(cands, n);
  k = q > 0 && t.is_any(q - 1, {"were", "are", "was", "is"}) ? q - 1 : q;
  if (k >= 2 && t.is_any(k - 1, {"whom", "them", "those"}) && t.is(k - 2, "among"))
    return earlier_measure(cands, n);
  if (s.in_victim_list(q)) return Measure::kKilled;
  const Candidate* prev = n > 0 ? &cands[n - 1] : nullptr;
  if (q >= 2 && t.is(q - 1, ",") && t.is(e, "of") && t.is_any(e + 1, {"them", "whom"})) {
    if (prev && prev->measure) return prev->measure;
    if (t.is_any(q - 2, {"victims", "dead"})) return Measure::kKilled;
    if (s.has(q - 2, kPost)) return s.measure(q - 2);
  }
  for (std::size_t m = n; m-- > 0;)
    if (cands[m].measure && cands[m].np_end < q && q < cands[m].aside_last) return cands[m].measure;
  if (prev && prev->measure && q > 0 && t.is(q - 1, "and") && c.np_end == e && gapped_place(t, e))
    return prev->measure;
  return std::nullopt;
}

// Forms that need the sentence around the quantity: a part of a measured group (part_of),
// "claimed 84 lives", "left 150 students and teachers dead" (a result after the noun phrase).
// Sets *end to one past the measure word when it follows the quantity.
std::optional<Measure> part_or_result(const WordTokens& t, const Scanner& s,
                                      const std::vector<Candidate>& cands, std::size_t n,
                                      std::size_t* end) {
  if (auto m = part_of(t, s, cands, n, end)) return m;
  const Candidate& c = cands[n];
  const std::size_t q = c.q.first, e = c.q.last;
  // "claimed 84 lives", "cost 30 lives".
  if (q > 0 && t.is_any(e, {"lives", "life"}) &&
      t.is_any(q - 1, {"claimed", "claiming", "claims", "took", "taking", "cost", "costing"})) {
    *end = e + 1;
    return Measure::kKilled;
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

// The measure of cands[n] from the quantities it is coordinated with: "two staff members
// and four locals died" (the verb after the last), "killed 13 US soldiers and 170 Afghans"
// (the verb before the first); not from a prepositional phrase ("In one clinic, 40 people
// were treated").
void measure_by_coordination(const WordTokens& t, const Scanner& s, std::vector<Candidate>& cands,
                             std::size_t n) {
  Candidate& c = cands[n];
  std::size_t pos = 0;
  const bool object = c.q.first > 0 && t.is_any(c.q.first - 1, {"in", "at", "on", "from"});
  std::size_t j = c.np_end, m = n;
  while (m + 1 < cands.size() && (t.is_any(j, {"and", "plus"}) || (t.is(j, ",") && !object)) &&
         cands[m + 1].q.first == j + 1 && !cands[m + 1].unit) {
    ++m;
    j = cands[m].np_end;
  }
  if (m > n && (c.measure = s.after(j, &pos))) {
    c.trigger_end = pos;
    // "A man and two girls were shot to death": one person and a number told together count
    // all of them (two numbers, "two staff members and four locals", stay two figures).
    if (c.one_person)
      for (std::size_t k = n + 1; k <= m; ++k) {
        c.q.quantity.low += cands[k].q.quantity.low;
        c.q.quantity.high += cands[k].q.quantity.high;
      }
  } else if (n > 0 && cands[n - 1].measure && cands[n - 1].counts_next) {
    const Candidate& p = cands[n - 1];
    std::size_t k = p.np_end;
    if (t.is(k, ",")) ++k;
    if (t.is_any(k, {"and", "plus", "besides"})) ++k;
    if (t.is(k, "as") && t.is(k + 1, "well") && t.is(k + 2, "as")) k += 3;  // "as well as"
    if (t.is_any(k, {"another", "a", "the"}) && k + 1 == c.q.first) ++k;
    if (k == c.q.first && k > p.np_end) {
      c.measure = p.measure;
      c.counts_next = true;
    }
  }
}

}  // namespace

// A noun for one person: "man", "teenager", "victim".
bool person_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> nouns = {
      "man",        "woman",       "boy",          "girl",        "teen",          "teenager",
      "person",     "child",       "juvenile",     "victim",      "resident",      "driver",
      "passenger",  "student",     "toddler",      "infant",      "baby",          "bystander",
      "customer",   "officer",     "deputy",       "trooper",     "employee",      "worker",
      "clerk",      "guard",       "father",       "mother",      "son",           "daughter",
      "brother",    "sister",      "husband",      "wife",        "girlfriend",    "boyfriend",
      "neighbor",   "neighbour",   "male",         "female",      "adult",         "youth",
      "pedestrian", "motorist",    "homeowner",    "friend",      "cousin",        "nephew",
      "niece",      "uncle",       "aunt",         "grandmother", "grandfather",   "patient",
      "inmate",     "soldier",     "civilian",     "policeman",   "policewoman",   "teacher",
      "pupil",      "shopkeeper",  "cashier",      "rider",       "cyclist",       "suspect",
      "gunman",     "shooter",     "attacker",     "assailant",   "hunter",        "roommate",
      "tenant",     "owner",       "manager",      "bartender",   "detective",     "agent",
      "sergeant",   "firefighter", "paramedic",    "nurse",       "doctor",        "pastor",
      "reporter",   "farmer",      "player",       "athlete",     "veteran",       "stepfather",
      "stepmother", "stepson",     "stepdaughter", "grandson",    "granddaughter", "grandchild",
      "mom",        "dad",         "kid",          "newborn",     "robber",        "intruder",
      "burglar",    "classmate",   "coworker",     "fiance",      "fiancee",       "relative",
      "lady",       "grader",      "freshman",     "sophomore",   "senior"};
  return nouns.contains(w);
}

namespace {

// One past the subject at i when it is "he" or "she" opening a clause, or a name of two or
// three capitalized words followed by its age between commas ("John Doe, 34,") or by "was"
// or "died"; 0 otherwise.
std::size_t pronoun_or_name(const WordTokens& t, std::size_t i) {
  const bool opens =
      i == 0 || t.is_any(i - 1, {",", "and", "but", "where", "when", ";", "after", "before",
                                 "found", "because", "while", "said", "says", "that"});
  if (t.is_any(i, {"he", "she"})) return opens ? i + 1 : 0;
  if (!t[i].capitalized || (i > 0 && t[i - 1].capitalized)) return 0;
  // "a reporter for Dawn News was hurt": a name after a preposition is not the subject.
  if (i > 0 && t.is_any(i - 1, {"of", "for", "at", "from", "with", "by", "in", "to", "on"}))
    return 0;
  std::size_t end = i;
  while (end < t.size() && end < i + 3 && t[end].capitalized && t[end].kind == WordKind::kWord &&
         !t.joined(end))
    ++end;
  if (end == i || (end < t.size() && t[end].capitalized)) return 0;
  const bool age = t.is(end, ",") && end + 2 < t.size() && t[end + 1].kind == WordKind::kNumber &&
                   t.is(end + 2, ",");
  const bool verb = t.is_any(end, {"was", "died", "had", "has"});
  // One word alone is a surname only when it opens the clause: "Rooks was pronounced dead";
  // not "Nobody was hurt", "It was".
  static const std::unordered_set<std::string_view> not_names = {
      "it",   "this",     "that",       "there",   "what",     "which", "who",  "nobody",
      "none", "everyone", "everybody",  "all",     "each",     "one",   "some", "many",
      "no",   "nothing",  "everything", "someone", "somebody", "police"};
  if (end == i + 1) return (age || (verb && opens)) && !not_names.contains(t.lower(i)) ? end : 0;
  return age || verb ? end : 0;
}

// One past "17-year-old Jane Doe" or "17-year-old boy" at i, an age with no article before
// it ("found 17-year-old Jane Doe suffering from a gunshot wound"); 0 otherwise.
std::size_t bare_age(const WordTokens& t, std::size_t i) {
  if (t[i].kind != WordKind::kNumber || !t.is_dash(i + 1) || !t.is(i + 2, "year") ||
      !t.is_dash(i + 3) || !t.is(i + 4, "old"))
    return 0;
  if (i > 0 && (t[i - 1].kind == WordKind::kNumber || t.is_dash(i - 1) ||
                t.is_any(i - 1, {"a", "an", "the", "another", "his", "her", "their", "and"})))
    return 0;
  std::size_t end = i + 5;
  if (end < t.size() && person_noun(t.lower(end))) return end + 1;
  const std::size_t name = end;
  while (end < t.size() && end < name + 3 && t[end].capitalized && t[end].kind == WordKind::kWord)
    ++end;
  return end > name ? end : 0;
}

}  // namespace

namespace {

// A count of `people` named by tokens [first, last), with the evidence span of those tokens.
TokenQuantity people_count(const WordTokens& t, std::size_t first, std::size_t last,
                           std::int64_t people, std::uint32_t base_offset) {
  TokenQuantity q;
  q.first = static_cast<std::uint32_t>(first);
  q.last = static_cast<std::uint32_t>(last);
  q.quantity.start = base_offset + t[first].start;
  q.quantity.end = base_offset + t[last - 1].end;
  q.quantity.low = q.quantity.high = people;
  return q;
}

}  // namespace

// "A man was shot and killed", "an 18-year-old was wounded", "another victim died", "a
// second man", "the victim died", "the 17-year-old boy who was shot": one person, named by
// an article (or "another", "his", "her", "their") before a person noun, with up to four
// words between ("a 17-year-old Dayton boy"), or by a pronoun, a name or a bare age; two such
// joined by "and" are two people. Returns the quantity (the first article) and the end of its noun
// phrase.
std::vector<std::pair<TokenQuantity, std::size_t>> one_person_phrases(const WordTokens& t,
                                                                      std::uint32_t base_offset) {
  std::vector<std::pair<TokenQuantity, std::size_t>> out;
  bool tells_a_toll = false;
  for (std::size_t i = 0; i < t.size() && !tells_a_toll; ++i)
    tells_a_toll = t.is_any(i, {"toll", "rose", "risen", "climbed", "reached", "tally"});
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    // A headline drops the article: "Man shot in Elm Street", "Teen killed".
    if (i == 0 && t[0].capitalized && person_noun(t.lower(0)) && !t.possessive(1)) {
      out.emplace_back(people_count(t, 0, 1, 1, base_offset), 1);
      continue;
    }
    // "She died at the hospital", "John Doe, 34, was killed": one person, by a pronoun
    // opening a clause or by a name.
    if (const std::size_t named = std::max(pronoun_or_name(t, i), bare_age(t, i))) {
      out.emplace_back(people_count(t, i, named, 1, base_offset), named);
      i = named - 1;
      continue;
    }
    // "One teen is dead and another seriously injured": "another" alone before its fate; "Both
    // were fatally shot": two people.
    const bool another_fate =
        t.is(i, "another") &&
        t.is_any(i + 1, {"injured", "wounded", "hurt", "killed", "dead", "died", "critically",
                         "seriously", "fatally", "badly", "slightly", "was", "is"});
    const bool both = t.is(i, "both") &&
                      (i == 0 || t[i - 1].kind == WordKind::kPunct ||
                       t.is_any(i - 1, {"and", "when", "where"})) &&
                      t.is_any(i + 1, {"were", "are", "died", "have", "had", "later"});
    // "shot him twice, killing him": one person, the object of a verb of killing.
    const bool killed_object =
        i > 0 && t.is_any(i - 1, {"killing", "killed", "murdering", "murdered"}) &&
        (t.is(i, "him") ||
         (t.is(i, "her") && (i + 1 == t.size() || t[i + 1].kind == WordKind::kPunct ||
                             t.is_any(i + 1, {"and", "in", "on", "at", "with", "while"}))));
    if (another_fate || both || killed_object) {
      out.emplace_back(people_count(t, i, i + 1, both ? 2 : 1, base_offset), i + 1);
      continue;
    }
    if (!t.is_any(i, {"a", "an", "another", "the", "his", "her", "their"})) continue;
    std::size_t head = 0;
    for (std::size_t k = i + 1; k < t.size() && k <= i + 7; ++k) {
      if (t.is_dash(k) && t.joined(k)) continue;
      if (t[k].kind == WordKind::kPunct) break;
      if (t.is_any(k, {"and", "or", "of", "who", "was", "is", "were", "in", "at", "on"})) break;
      // "a 16-year-old", also written "a 16-year old".
      const bool age = t.is(k, "old") && k >= 2 &&
                       (t.is(k - 1, "year") || (t.is_dash(k - 1) && t.is(k - 2, "year")));
      if (person_noun(t.lower(k)) || age) {
        head = k + 1;
        if (!age) {
          while (head < t.size() && person_noun(t.lower(head))) ++head;  // "a teen girl"
          break;
        }
      } else if (head && !(t[k].capitalized && k <= head + 1)) {
        break;  // after an age, a name may come before the noun: "a 17-year-old Dayton boy"
      }
    }
    if (!head || t.possessive(head)) continue;
    // "rose to 29 when a man hurt in the blast died": how a toll grew, not another figure
    // (but "charges after a boy was shot" is the boy's).
    if (i > 0 && t.is_any(i - 1, {"when", "after", "as", "while", "before", "until"}) &&
        tells_a_toll)
      continue;
    TokenQuantity q = people_count(t, i, i + 1, 1, base_offset);
    // "a man, woman and boy were wounded": bare nouns listed after the first are more people.
    while (head + 1 < t.size() && t.is_any(head, {",", "and"}) && person_noun(t.lower(head + 1)) &&
           !t.possessive(head + 2)) {
      ++q.quantity.low;
      ++q.quantity.high;
      head += 2;
    }
    // "a man and a woman were shot": two people.
    if (!out.empty() && out.back().second + 1 == i && t.is(i - 1, "and") &&
        out.back().first.quantity.low == 1) {
      out.back().first.quantity.low = out.back().first.quantity.high = 2;
      out.back().second = head;
      continue;
    }
    out.emplace_back(q, head);
  }
  return out;
}

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

// Whether a wounded figure over tokens [first, end) counts people hit, the dead perhaps among
// them: no word in it says they survived or adds them to others (see Figure::hit).
bool counts_hit(const WordTokens& t, std::size_t first, std::size_t end) {
  static const std::unordered_set<std::string_view> survived = {
      "wounded",   "wounding", "injured",     "injuring",   "injury",     "injuries",
      "hurt",      "critical", "critically",  "serious",    "seriously",  "stable",
      "condition", "survived", "survive",     "surviving",  "recovering", "treated",
      "released",  "grazed",   "threatening", "also",       "another",    "other",
      "others",    "second",   "third",       "additional", "more"};
  for (std::size_t k = first; k < end; ++k)
    if (survived.contains(t.lower(k))) return false;
  return true;
}

// One past "killing himself" or "turning the gun on herself" at token i, after "before",
// "then", "later", "and" or "after": the one who killed took their own life. 0 otherwise.
std::size_t killer_dies(const WordTokens& t, std::size_t i) {
  if (i == 0 || !t.is_any(i - 1, {"before", "then", "later", "and", "after"})) return 0;
  if (t.is_any(i, {"killing", "killed"}) && t.is_any(i + 1, {"himself", "herself"})) return i + 2;
  if (t.is_any(i, {"turning", "turned"}) && t.is(i + 1, "the") && t.is(i + 2, "gun") &&
      t.is(i + 3, "on") && t.is_any(i + 4, {"himself", "herself"}))
    return i + 5;
  return 0;
}

// "killed her two daughters before killing herself" tells three dead: the killed figure
// before such a clause counts the one who killed too, its evidence running to the clause's
// end.
void count_the_killer(const WordTokens& t, std::uint32_t base_offset, std::vector<Figure>* out) {
  for (std::size_t i = 1; i < t.size(); ++i) {
    const std::size_t end = killer_dies(t, i);
    if (!end) continue;
    const std::uint32_t at = base_offset + t[i].start;
    Figure* before = nullptr;
    for (Figure& f : *out)
      if (f.end <= at) before = &f;
    if (!before || before->measure != Measure::kKilled) continue;
    ++before->low;
    ++before->high;
    before->end = base_offset + t[end - 1].end;
  }
}

// The candidates of a sentence in text order: its quantities and its one-person phrases.
std::vector<Candidate> candidates_of(
    const WordTokens& t, const Scanner& s, const std::vector<TokenQuantity>& quantities,
    const std::vector<std::pair<TokenQuantity, std::size_t>>& one_person) {
  std::vector<Candidate> cands;
  cands.reserve(quantities.size() + one_person.size());
  for (const TokenQuantity& q : quantities) {
    Candidate c;
    c.q = q;
    const auto np = s.noun_phrase(q.last);
    c.np_end = np.end;
    c.unit = np.unit;
    c.aside_last = s.aside_end(np.end);
    c.trigger_first = q.first;
    c.trigger_end = np.end;
    cands.push_back(c);
  }
  for (const auto& phrase : one_person) {
    const TokenQuantity& q = phrase.first;  // named: lambdas below capture them
    const std::size_t np_end = phrase.second;
    // "one suspect, a 21-year-old man, was": an apposition names the same person.
    if (q.first >= 1 && t.is(q.first - 1, ",") &&
        std::any_of(cands.begin(), cands.end(),
                    [&](const Candidate& c) { return c.np_end + 1 == q.first; }))
      continue;
    // "a 17-year-old boy": the age inside the phrase is no quantity of its own.
    std::erase_if(cands,
                  [&](const Candidate& c) { return c.q.first >= q.first && c.q.first < np_end; });
    Candidate c;
    c.q = q;
    c.np_end = np_end;
    c.aside_last = s.aside_end(np_end);
    c.trigger_first = q.first;
    c.trigger_end = np_end;
    c.one_person = true;
    cands.push_back(c);
  }
  std::sort(cands.begin(), cands.end(),
            [](const Candidate& a, const Candidate& b) { return a.q.first < b.q.first; });
  return cands;
}

std::vector<Figure> find_figures(std::string_view sentence, std::uint32_t base_offset) {
  const WordTokens t(sentence);
  std::vector<Figure> out;
  const std::vector<TokenQuantity> quantities = scan_quantities(t, base_offset);
  const auto one_person = one_person_phrases(t, base_offset);
  if (quantities.empty() && one_person.empty()) return out;
  const Scanner s(t, quantities);
  std::vector<Candidate> cands = candidates_of(t, s, quantities, one_person);
  std::size_t previous_number_end = 0;
  for (std::size_t n = 0; n < cands.size(); ++n) {
    Candidate& c = cands[n];
    if (c.unit || c.q.quantity.malformed || c.q.quantity.vague || c.q.quantity.high <= 0) continue;
    // "John Doe and Jane Roe, both 31,", "four men, ages 19 to 23": ages, not counts.
    if (!c.one_person && c.q.first >= 1 && t.is_any(c.q.first - 1, {"both", "aged", "ages", "age"}))
      continue;
    std::size_t pos = 0;
    // "All but two were killed" counts the others: only "freed all but 30" is a figure.
    const bool all_but = c.q.first >= 2 && t.is(c.q.first - 1, "but") && t.is(c.q.first - 2, "all");
    // A measure noun right after the number, then a verb before it, then one after.
    if (all_but) {
      if ((c.measure = s.before(c.q.first, &pos))) c.trigger_first = pos;
    } else if (s.has(c.np_end, kHeadNoun) && (c.measure = s.after(c.np_end, &pos))) {
      c.trigger_end = pos;
    } else if ((c.measure = s.before(c.q.first, &pos))) {
      c.trigger_first = pos;
      c.counts_next = true;
    } else if ((c.measure = s.after(c.np_end, &pos))) {
      c.trigger_end = pos;
    } else {
      measure_by_coordination(t, s, cands, n);
    }
    if (!c.measure && !all_but && (c.measure = part_or_result(t, s, cands, n, &pos))) {
      c.trigger_end = std::max(c.trigger_end, pos);
      c.counts_next = true;
    }
    if (!c.measure) continue;
    // One person is a victim's count; one arrested is a suspect, not a tally.
    if (c.one_person && *c.measure != Measure::kKilled && *c.measure != Measure::kWounded) continue;
    // "a guard was among those killed": one of a toll counted elsewhere; "he was likely
    // killed", "he is believed to have been killed": a guess about one person, no victim count.
    bool among = false;
    for (std::size_t k = c.np_end; c.one_person && k < c.trigger_end; ++k)
      among |= t.is_any(k, {"among", "likely", "probably", "possibly", "presumably", "believed",
                            "thought", "feared", "presumed"});
    if (among) continue;
    const std::size_t first = std::min<std::size_t>(c.trigger_first, c.q.first);
    // A toll phrase reaching back past the number of the figure before is that figure's
    // ("the toll of the blast rose to 13, and in the market 2 rose to 14").
    if (first < previous_number_end) continue;
    previous_number_end = c.q.last;
    Figure f;
    const std::size_t end = std::max<std::size_t>(c.trigger_end, c.q.last);
    f.start = base_offset + t[first].start;
    f.end = base_offset + t[end - 1].end;
    f.measure = *c.measure;
    f.low = c.q.quantity.low;
    f.high = c.q.quantity.high;
    f.qualifier = c.q.quantity.qualifier;
    f.hit = f.measure == Measure::kWounded && counts_hit(t, first, end);
    out.push_back(f);
  }
  count_the_killer(t, base_offset, &out);
  return out;
}

}  // namespace dossier
