// Tests of whether two names of the same type may denote one entity. Each
// returns the rule that joins them, so every merge can be explained.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Whitespace-separated words of a name's key, without a trailing possessive.
std::vector<std::string> name_words(std::string_view name);

// "Putin" is the last word (or last words) of "Vladimir Putin".
bool is_short_name(std::string_view short_name, std::string_view full_name);

// "CSTO" spells the initials of "Collective Security Treaty Organization"
// (small words like "of", "the", "and" may be skipped).
bool is_acronym_of(std::string_view acronym, std::string_view full_name);

// Damerau-Levenshtein distance between two UTF-8 strings, by bytes, capped:
// returns limit + 1 once the distance exceeds limit.
int edit_distance(std::string_view a, std::string_view b, int limit);

// Names long enough and close enough to be one name misspelled: "Sanalluh
// Ghafari" / "Sanaullah Ghafari". Same number of words, same initial letter
// per word, distance <= 1 below 12 letters, <= 2 from 12.
bool is_typo_of(std::string_view a, std::string_view b);

// Latin transliteration key of a name in any script ("Рахмон" -> "rakhmon"),
// with compact_key applied; the input's compact key when it is already Latin.
std::string transliteration_key(std::string_view name);

// Latin names' phonetic-ish key for matching transliterations: compact key
// with common romanisation variants folded (kh/h, y/i/j, ou/u, double letters).
std::string romanization_key(std::string_view name);

}  // namespace dossier
