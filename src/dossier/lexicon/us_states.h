// US state abbreviations as the news writes them.
#pragma once

#include <string_view>

namespace dossier {

// The lower-case USPS code ("mi") of the AP style abbreviation of a US state that `text`
// opens with ("Mich.", "S.C.", "W.Va."; the abbreviation's own dot included, then no
// letter), or "": the wires write "Troy, Mich." and "Fla." for Florida. The key of the
// state in the shipped lexicon is "us-" + the code.
std::string_view ap_state_code(std::string_view text);

}  // namespace dossier
