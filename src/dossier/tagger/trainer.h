// Trains a Tagger with the averaged perceptron.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/tagger/tagger.h"

namespace dossier {

// One annotated sentence: words, gold tag ids (tags.h) and lexicon bits, all the same length.
struct TrainingSentence {
  std::vector<std::string> words;
  std::vector<std::uint8_t> tags;
  std::vector<std::uint8_t> lex;
};

struct TrainOptions {
  int epochs = 8;
  std::uint64_t seed = 1;  // sentence order of each epoch derives from it alone
  int hash_bits = 19;      // 2^hash_bits feature rows; the model file is ~18 << hash_bits bytes
};

// Trains on `data` (sentences in any order; empty ones are skipped). Deterministic: the same
// data and options give a byte-identical model. Writes one progress line per epoch to *log
// when not null.
std::unique_ptr<Tagger> train(const std::vector<TrainingSentence>& data,
                              const TrainOptions& options, std::ostream* log);

// The TaggerTokens of a training sentence (views into its words).
std::vector<TaggerToken> tagger_tokens(const TrainingSentence& sentence);

}  // namespace dossier
