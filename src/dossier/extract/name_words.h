// Closed word lists that shape entity spans in English news text.
#pragma once

#include <string_view>

namespace dossier {

// Whether a word begins with a capital letter: ASCII, Latin-1, Latin Extended-A or
// Cyrillic.
bool starts_upper(std::string_view word);
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
// A lowercase word that may stand inside or at the start of a name: "al", "bin", "van",
// "de" ("Osama bin Laden", "al-Shabaab" splits as "al-Shabaab").
bool is_name_particle(std::string_view token);
// A compass or region qualifier that makes the next adjective regional: "Central" in
// "Central Asian", "North", "Southeast", "Western", "Latin", "Sub-Saharan".
bool is_region_qualifier(std::string_view token);
// An adjective of a continent or world region, which names no group of people in the
// sense of a nationality: "Asian", "African", "European", "Scandinavian".
bool is_regional_adjective(std::string_view token);
// At least two capitals and no lowercase run longer than one letter: "ISKP", "IS-K", "U.N.".
bool looks_like_acronym(std::string_view token);
// A generic noun that names nothing on its own, however capitalized: "Road", "Street",
// "Office", "Department", "Police", "Hospital", "County", "Jr.".
bool is_generic_noun(std::string_view token);
// The last word of a street's name: "Road", "St", "Avenue", "Blvd", "Drive", "Lane".
bool is_street_suffix(std::string_view token);

// The pattern the text between two names states, or "" when none:
// " (" -> "parenthetical"; ", also known as " / " (aka " -> "also-known-as".
std::string_view alias_connector(std::string_view between);

}  // namespace dossier
