// The statistical NER tagger: an averaged perceptron over BIO tags with second-order
// Viterbi decoding. Feature weights live in a hashed, int16-quantized table, so tagging
// builds no strings and looks nothing up in maps.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/tagger/tagger_token.h"
#include "dossier/tagger/tags.h"
#include "dossier/tagger/viterbi.h"

namespace dossier {

// Everything a trained tagger knows. The score of tag t on a token is
// sum over its features f of emission[f * kTagCount + t] / scale, plus transitions.
struct TaggerWeights {
  int hash_bits = 20;  // the table has 2^hash_bits rows of kTagCount weights
  float scale = 1.0f;
  std::vector<std::int16_t> emission;
  Transitions transitions;
};

class Tagger {
 public:
  // Precondition: weights.emission.size() == kTagCount << weights.hash_bits, scale > 0.
  explicit Tagger(TaggerWeights weights);

  // Reads a model written by save(); never returns null. Throws Error "path: reason" when
  // the file cannot be read or is not a model this binary knows.
  static std::unique_ptr<Tagger> load(const std::filesystem::path& path);
  // Writes the model (binary, little-endian, see docs/ner.md). Throws Error "path: reason"
  // when the file cannot be written.
  void save(const std::filesystem::path& path) const;

  // One tag id per token (see tags.h); the sequence is always valid BIO. Thread-safe.
  std::vector<std::uint8_t> tag(std::span<const TaggerToken> sentence) const;
  // Per-token scores of each tag, n * kTagCount, before decoding.
  std::vector<float> emission_scores(std::span<const TaggerToken> sentence) const;

  static std::string_view tag_name(std::uint8_t tag) { return dossier::tag_name(tag); }
  const TaggerWeights& weights() const { return weights_; }

 private:
  TaggerWeights weights_;
  ViterbiDecoder decoder_;  // of weights_.transitions
};

}  // namespace dossier
