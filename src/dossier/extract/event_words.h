// Words that signal a violent incident, its type and who carried it out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// The incident type a run of lowercase words starting at `i` signals
// ("suicide bomber" -> "suicide bombing", "stormed" -> "attack"), or "" when
// none; *length receives the number of words used.
std::string_view incident_trigger(const std::vector<std::string>& words, std::size_t i,
                                  std::size_t* length);

// The kind of an incident type, for comparing types: "bombing" for every kind of bombing
// ("suicide bombing"), else the type itself.
std::string_view incident_kind(std::string_view type);

// Phrases that attribute an incident: "claimed responsibility", "took
// responsibility", "carried out by", "attributed to", "behind", "blamed". Returns the word index
// just after the cue, or 0 when the sentence has none; *agent_after tells whether the perpetrator
// follows the cue ("carried out by X") or precedes it ("X claimed").
std::size_t perpetrator_cue(const std::vector<std::string>& words, bool* agent_after);

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
// Doe", "identified the gunman as", "suspect".
bool names_perpetrator_before(const std::vector<std::string>& words, std::size_t end);

// Words of a step with its own date, not the incident's: what follows an incident (arrests,
// charges, trials, verdicts, funerals, mourning, anniversaries: "sentenced", "anniversary")
// and what the people in it did before (births, journeys, elections: "born", "came"),
// statements and protests ("the minister said Monday", "marched on Monday to condemn").
bool is_aftermath_word(std::string_view word);

// The aftermath words that only a report written long after an incident opens on: trials,
// verdicts, anniversaries, commemorations ("sentenced", "anniversary").
bool is_retrospective_word(std::string_view word);

// Prepositions that put a following place as a scene: "in", "at", "near", "outside".
bool is_place_preposition(std::string_view word);

// Words that make a sentence about incidents in general rather than one
// incident ("attacks" in "a wave of attacks", "threat", "plot").
bool is_generic_context(const std::vector<std::string>& words);

}  // namespace dossier
