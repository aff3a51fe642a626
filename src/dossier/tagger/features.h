// Turns a sentence into hashed feature ids for the averaged perceptron.
//
// Every token gets exactly kFeaturesPerToken bucket ids in [0, 2^hash_bits): its lowercased
// word, collapsed shape, prefixes and suffixes of 1-4 characters, capitalization / digit /
// hyphen / sentence-initial flags, words and shapes of the two tokens on each side, two word
// bigrams, lexicon bits of itself and its neighbours. Tag-history features are not hashed:
// they are the dense transition tables of the model. No string is built per token; hashes are
// computed over pieces of the input.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/tagger/tagger_token.h"

namespace dossier {

inline constexpr int kFeaturesPerToken = 32;

// Replaces *out with sentence.size() * kFeaturesPerToken bucket ids, token-major.
// `scratch` is reused across calls to avoid allocations; its content is unspecified.
void extract_features(std::span<const TaggerToken> sentence, int hash_bits, std::string* scratch,
                      std::vector<std::uint32_t>* out);

// The collapsed shape of a word: upper-case letters as 'X', lower-case and caseless letters
// as 'x', digits as 'd', dashes as '-', other characters as themselves (non-ASCII ones as
// '*'), with runs of one symbol cut to two: "London" -> "Xxx", "AK-47" -> "XX-dd".
std::string word_shape(std::string_view word);

// Lowercase for ASCII, Latin-1 and Cyrillic letters; other bytes are copied. Appends to *out.
void append_lower(std::string_view word, std::string* out);

}  // namespace dossier
