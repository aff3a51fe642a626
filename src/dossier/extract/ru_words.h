// The Russian grammar of the incident stage beyond its word lists (data/lang/ru): number words
// in every case, collective numerals, months, weekdays, casualty measures, and who carried an
// incident out. Every function takes a word already lower-cased (unicode_lower).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/figure_finder.h"
#include "dossier/extract/language_pack.h"
#include "dossier/extract/number_tokens.h"

namespace dossier::ru {

// One sentence's tokens (number_tokens.h) with their lower-cased forms (unicode_lower), as
// the Russian scanners read them.
struct SentenceWords {
  explicit SentenceWords(std::string_view sentence);
  // Token i exists and its lower-cased form is `w`.
  bool is(std::size_t i, std::string_view w) const { return i < lower.size() && lower[i] == w; }
  // Token i exists and is a word.
  bool word(std::size_t i) const { return i < t.size() && t[i].kind == WordKind::kWord; }
  // Token i ends a clause: . ; ! ?
  bool stop(std::size_t i) const;
  WordTokens t;
  std::vector<std::string> lower;
};

// The value of a token of 1 to `max_digits` digits and nothing else, else -1.
std::int64_t digits_value(std::string_view token, std::size_t max_digits);

// A number word and its value: "двадцати" -> 20, "трёх" -> 3, "тысяч" -> 1000 (a scale).
struct NumberWord {
  std::int64_t value = 0;
  bool scale = false;       // тысяча, миллион: multiplies what precedes
  bool collective = false;  // двое, трое, четверо, пятеро ...
  bool one = false;  // один, одна, одного ...: a figure only in a list ("один — в ...")
};
std::optional<NumberWord> number_word(std::string_view lower);

// 1-12 for a month name in the genitive ("марта"), nominative ("март") or prepositional
// ("марте"), else 0.
int month(std::string_view lower);

// 0 (Monday) to 6 for a weekday in the nominative or accusative ("пятницу"), else -1.
int weekday(std::string_view lower);

// The measure a word states ("погибли", "погибших", "жертвами" -> killed; "ранены",
// "пострадавших", "госпитализированы" -> wounded; "задержаны", "обвинены" -> arrested;
// "заложников" -> kidnapped), or nothing.
std::optional<Measure> measure_word(std::string_view lower);

// Words that say a wounded person's state or place: "тяжелом" (condition), "реанимации",
// "больницы", "стационаре". A quantity right after one counts the wounded ("в тяжелом
// состоянии - 5 человек", "в больницы доставлены 93 человека").
bool is_condition_word(std::string_view lower);

// Nouns that count what is not a person: units of weight, time, distance, money, "раз".
bool is_unit_word(std::string_view lower);

// A toll's subject: "число погибших", "количество жертв": the measure of the noun after
// "число" / "количество" at words[i], when words[i] is one of those.
std::optional<Measure> toll_subject(const std::vector<std::string>& words, std::size_t i);

// Phrases that attribute an incident: "X взяла на себя ответственность" (agent before),
// "ответственность ... взяло на себя X" (agent after),
// "устроил" / "совершил" / "организовал" (agent before), "организатором ... стал" and
// "исполнитель" (agent after). Returns the word index after the cue or 0; *agent_after as
// for the English perpetrator_cue.
std::size_t perpetrator_cue(const LanguagePack& pack, const std::vector<std::string>& words,
                            bool* agent_after);

// Whether words[0, end), ending before a person's name, present that person as the
// attacker: a word of the pack's list "perpetrator_nouns" ("смертник", "нападавший") among
// the last four ("студент ... устроил" is handled by perpetrator_cue).
bool names_perpetrator_before(const LanguagePack& pack, const std::vector<std::string>& words,
                              std::size_t end);

}  // namespace dossier::ru
