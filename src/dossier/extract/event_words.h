// The English grammar of the incident stage beyond its word lists (data/lang/en): who carried
// an incident out, and which trigger names an earlier incident or incidents in general.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/language_pack.h"

namespace dossier {

// The kind of an incident type, for comparing types: "bombing" for every kind of bombing
// ("suicide bombing"), else the type itself.
std::string_view incident_kind(std::string_view type);

// Phrases that attribute an incident: "claimed responsibility", "took
// responsibility", "carried out by", "attributed to", "behind", "blamed". Returns the word index
// just after the cue, or 0 when the sentence has none; *agent_after tells whether the perpetrator
// follows the cue ("carried out by X") or precedes it ("X claimed").
std::size_t perpetrator_cue(const LanguagePack& pack, const std::vector<std::string>& words,
                            bool* agent_after);

// Whether the trigger at word `i` names an earlier incident that the report's own one is
// measured from or compared with: "came a week after <trigger>", "two days after
// <trigger>", "the worst since <trigger>", "a similar <trigger>", "the previous <trigger>",
// or another incident of the same day: "minutes before another <trigger>". Returns -1 when
// not; else how many days before the report's incident it was (7 for "a week after", 0 for
// the same day or when the text gives no interval); *unit_days receives the interval's
// unit in days (1, 7, 30 or 365; 0 when there is no interval) so callers can keep its
// precision, *cue_start the index of the cue's first word ("a" in "a week after", "since",
// "a" in "a similar attack", "minutes").
int earlier_incident_cue(const std::vector<std::string>& words, std::size_t i, int* unit_days,
                         std::size_t* cue_start);

// Whether words[0, end), ending just before a person's name, present that person as the
// one who carried out the incident: "suicide bomber Akmal Ismoilov", "the attacker, Jon
// Doe" (a word of the pack's list "perpetrator_nouns"), "identified the gunman as".
bool names_perpetrator_before(const LanguagePack& pack, const std::vector<std::string>& words,
                              std::size_t end);

// Whether the trigger at words[i] is a plural that speaks of incidents in general
// ("terrorist attacks"); "the bombings at the airport", "twin blasts" name incidents.
bool generic_plural(const std::vector<std::string>& words, std::size_t i);

}  // namespace dossier
