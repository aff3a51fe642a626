// The news abbreviations that keep their period and how they bear on sentence ends.
#pragma once

#include <string_view>

namespace dossier {

enum class AbbreviationKind : unsigned char {
  kNone,
  kTitle,    // "Gen", "Mr", "St", "No": never ends a sentence
  kGeneral,  // "Inc", "Jan", "Calif", "etc": may end one
};

// The kind of `word` (without its period, case-sensitive) as an abbreviation.
AbbreviationKind abbreviation_kind(std::string_view word);

// True for capitalized words that typically open a sentence ("The", "He", "But"): after
// an abbreviation, such a word signals that the sentence did end there.
bool is_sentence_opener(std::string_view word);

}  // namespace dossier
