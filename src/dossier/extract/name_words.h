// Closed word lists that shape entity spans in English news text.
#pragma once

#include <string_view>

namespace dossier {

// "the", "The".
bool is_article(std::string_view token);
// "'s", "’s", "'" (a possessive token as the segmenter splits it).
bool is_possessive(std::string_view token);
// A title or role that precedes a person's name: "President", "Gen.", "commander".
bool is_title(std::string_view token);
// The lowercase tail of a compound that follows a name: "led" in "Moscow-led".
bool is_compound_suffix(std::string_view tail);
// Capitalized words that are rarely names on their own at the start of a
// sentence or in headlines: "However", "Monday", "March".
bool is_common_capitalized(std::string_view token);
// At least two capitals and no lowercase run longer than one letter: "ISKP", "IS-K", "U.N.".
bool looks_like_acronym(std::string_view token);
// The pattern the text between two names states, or "" when none:
// " (" -> "parenthetical"; ", also known as " / " (aka " -> "also-known-as".
std::string_view alias_connector(std::string_view between);

}  // namespace dossier
