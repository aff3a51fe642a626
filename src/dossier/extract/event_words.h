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

// Phrases that attribute an incident: "claimed responsibility", "carried out
// by", "attributed to", "behind", "blamed". Returns the word index just after
// the cue, or 0 when the sentence has none; *agent_after tells whether the
// perpetrator follows the cue ("carried out by X") or precedes it ("X claimed").
std::size_t perpetrator_cue(const std::vector<std::string>& words, bool* agent_after);

// Words that make a sentence about incidents in general rather than one
// incident ("attacks" in "a wave of attacks", "threat", "plot").
bool is_generic_context(const std::vector<std::string>& words);

}  // namespace dossier
