// Exact second-order Viterbi decoding over the BIO tags.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "dossier/tagger/tags.h"

namespace dossier {

// Scores of tag histories. Index kTagStart stands for "before the sentence".
struct Transitions {
  // first[prev * kTagCount + cur]
  std::array<float, (kTagCount + 1) * kTagCount> first{};
  // second[(prev2 * (kTagCount + 1) + prev) * kTagCount + cur]
  std::array<float, (kTagCount + 1) * (kTagCount + 1) * kTagCount> second{};

  float score(std::uint8_t prev2, std::uint8_t prev, std::uint8_t cur) const {
    return first[prev * kTagCount + cur] +
           second[(prev2 * (kTagCount + 1) + prev) * kTagCount + cur];
  }
};

// Transitions laid out for decoding: rows over the current tag, padded to kRowWidth, with
// forbidden steps scoring -infinity. Build once per set of transitions (a tagger keeps one).
class ViterbiDecoder {
 public:
  static constexpr int kRowWidth = 16;

  explicit ViterbiDecoder(const Transitions& transitions);

  // The same result as viterbi_decode(emission, transitions).
  std::vector<std::uint8_t> decode(std::span<const float> emission) const;

 private:
  // start_[cur]: the score of the first tag; first_[prev][cur]; second_[prev2][prev][cur].
  float start_[kRowWidth];
  alignas(64) float first_[kTagCount + 1][kRowWidth];
  alignas(64) float second_[kTagCount + 1][kTagCount][kRowWidth];
};

// The tag sequence maximizing sum_i emission[i * kTagCount + t_i] + transitions.score(t_{i-2},
// t_{i-1}, t_i), among sequences where every step is transition_allowed. `emission` holds
// n * kTagCount scores; the result has n tags (empty for n == 0).
std::vector<std::uint8_t> viterbi_decode(std::span<const float> emission,
                                         const Transitions& transitions);

}  // namespace dossier
