#include "dossier/tagger/viterbi.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>

namespace dossier {
namespace {

constexpr int kT = kTagCount;
constexpr int kP = kTagCount + 1;  // values of the previous tag, kTagStart included
constexpr int kW = ViterbiDecoder::kRowWidth;
constexpr float kNone = -std::numeric_limits<float>::infinity();

using Row = float[kW];

// Scores at one position, by previous tag: rows[p][c].
struct alignas(64) Step {
  Row rows[kP];
};

// One step of the forward pass: next[p][c] = max over pp of prior[pp][p] + second[pp][p][c],
// plus first[p][c] and the emission of c. `prior` rows are indexed by the tag two back
// (kTagStart included), `next` rows by the previous tag.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
void forward_step(const float (*first)[kW], const float (*second)[kT][kW], const Row* prior,
                  const float* emission, Row* next) {
  // GCC/Clang vector extension: eight values per current tag, the width of AVX2's units
  // (wider vectors are split by hand, since GCC lowers their selects to scalar code there).
  constexpr int kLanes = 8, kHalves = kW / kLanes;
  typedef float Vec __attribute__((vector_size(kLanes * sizeof(float))));
  Vec em[kHalves] = {};
  for (int c = 0; c < kT; ++c) em[c / kLanes][c % kLanes] = emission[c];
  for (int p = 0; p < kT; ++p) {
    Vec best[kHalves];
    for (Vec& b : best) b = Vec{} + kNone;
    for (int pp = 0; pp < kP; ++pp) {
      const float s = prior[pp][p];
      if (s == kNone) continue;
      for (int h = 0; h < kHalves; ++h) {
        Vec row;
        std::memcpy(&row, second[pp][p] + h * kLanes, sizeof row);
        const Vec candidate = s + row;
        best[h] = best[h] > candidate ? best[h] : candidate;
      }
    }
    for (int h = 0; h < kHalves; ++h) {
      Vec first_row;
      std::memcpy(&first_row, first[p] + h * kLanes, sizeof first_row);
      const Vec out = best[h] + first_row + em[h];
      std::memcpy(next[p] + h * kLanes, &out, sizeof out);
    }
  }
  for (int c = 0; c < kW; ++c) next[kTagStart][c] = kNone;
}

}  // namespace

ViterbiDecoder::ViterbiDecoder(const Transitions& transitions) {
  for (int c = 0; c < kW; ++c)
    start_[c] = c < kT ? transitions.score(kTagStart, kTagStart, static_cast<std::uint8_t>(c)) : 0;
  for (int p = 0; p < kP; ++p)
    for (int c = 0; c < kW; ++c)
      first_[p][c] =
          c < kT && transition_allowed(static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(c))
              ? transitions.first[p * kT + c]
              : kNone;
  for (int pp = 0; pp < kP; ++pp)
    for (int p = 0; p < kT; ++p)
      for (int c = 0; c < kW; ++c)
        second_[pp][p][c] = c < kT ? transitions.second[(pp * kP + p) * kT + c] : 0;
}

std::vector<std::uint8_t> viterbi_decode(std::span<const float> emission,
                                         const Transitions& transitions) {
  return ViterbiDecoder(transitions).decode(emission);
}

std::vector<std::uint8_t> ViterbiDecoder::decode(std::span<const float> emission) const {
  const std::size_t n = emission.size() / kT;
  std::vector<std::uint8_t> tags(n);
  if (n == 0) return tags;

  // states[i][p][c]: best score of a prefix ending at i with tags (p, c); p = kTagStart at
  // i = 0. Kept for every position, so backtracking recomputes the arguments instead of
  // the forward pass storing them.
  // Default-initialized: every row is written before it is read.
  std::unique_ptr<Step[]> states(new Step[n]);
  for (auto& row : states[0].rows)
    for (float& s : row) s = kNone;
  for (int c = 0; c < kT; ++c)
    if (transition_allowed(kTagStart, static_cast<std::uint8_t>(c)))
      states[0].rows[kTagStart][c] = emission[c] + start_[c];
  for (std::size_t i = 1; i < n; ++i)
    forward_step(first_, second_, states[i - 1].rows, emission.data() + i * kT, states[i].rows);

  float best = kNone;
  int best_p = kTagStart, best_c = kTagO;
  for (int p = 0; p < kP; ++p)
    for (int c = 0; c < kT; ++c)
      if (states[n - 1].rows[p][c] > best) {
        best = states[n - 1].rows[p][c];
        best_p = p;
        best_c = c;
      }
  // Backtrack: the tag two back is the first pp (in index order) reaching the maximum.
  for (std::size_t i = n; i-- > 0;) {
    tags[i] = static_cast<std::uint8_t>(best_c);
    if (i == 0) break;
    float top = kNone;
    int before = kTagStart;
    for (int pp = 0; pp < kP; ++pp) {
      const float s = states[i - 1].rows[pp][best_p] + second_[pp][best_p][best_c];
      if (s > top) {
        top = s;
        before = pp;
      }
    }
    best_c = best_p;
    best_p = before;
  }
  return tags;
}

}  // namespace dossier
