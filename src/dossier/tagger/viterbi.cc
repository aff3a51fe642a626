#include "dossier/tagger/viterbi.h"

#include <algorithm>
#include <limits>

namespace dossier {
namespace {

constexpr int kT = kTagCount;
constexpr int kP = kTagCount + 1;  // values of the previous tag, kTagStart included
constexpr float kNone = -std::numeric_limits<float>::infinity();

// Best score over the tag two back, and (for backtracking) which tag gave it: the
// first maximum, as a strict comparison in index order finds it.
inline float best_over(const float* prior, const float* s2) {
  float best = kNone;
  for (int pp = 0; pp < kP; ++pp) best = std::max(best, prior[pp] + s2[pp]);
  return best;
}

inline std::uint8_t arg_best_over(const float* prior, const float* s2) {
  float best = kNone;
  std::uint8_t arg = kTagStart;
  for (int pp = 0; pp < kP; ++pp) {
    const float s = prior[pp] + s2[pp];
    if (s > best) {
      best = s;
      arg = static_cast<std::uint8_t>(pp);
    }
  }
  return arg;
}

}  // namespace

std::vector<std::uint8_t> viterbi_decode(std::span<const float> emission,
                                         const Transitions& transitions) {
  const std::size_t n = emission.size() / kT;
  std::vector<std::uint8_t> tags(n);
  if (n == 0) return tags;

  // The second-order scores laid out so the innermost loop (over the tag two back)
  // reads contiguous memory: sec[(p * kT + c) * kP + pp] = second(pp, p, c).
  std::array<float, kT * kT * kP> sec;
  for (int pp = 0; pp < kP; ++pp)
    for (int p = 0; p < kT; ++p)
      for (int c = 0; c < kT; ++c)
        sec[(p * kT + c) * kP + pp] = transitions.second[(pp * kP + p) * kT + c];

  // states[i * kT * kP + c * kP + p]: best score of a prefix ending at i with tags (p, c).
  // Kept for every position, so backtracking recomputes the arguments instead of the
  // forward pass storing them, which keeps its inner loop a plain maximum.
  std::vector<float> states(n * kT * kP, kNone);
  for (int c = 0; c < kT; ++c)
    if (transition_allowed(kTagStart, c))
      states[c * kP + kTagStart] =
          emission[c] + transitions.score(kTagStart, kTagStart, static_cast<std::uint8_t>(c));

  for (std::size_t i = 1; i < n; ++i) {
    const float* state = states.data() + (i - 1) * kT * kP;
    float* next = states.data() + i * kT * kP;
    const float* em = emission.data() + i * kT;
    for (int p = 0; p < kT; ++p) {
      const float* prior = state + p * kP;
      bool reachable = false;
      for (int pp = 0; pp < kP; ++pp) reachable |= prior[pp] != kNone;
      if (!reachable) continue;
      for (int c = 0; c < kT; ++c) {
        if (!transition_allowed(static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(c)))
          continue;
        const float best = best_over(prior, sec.data() + (p * kT + c) * kP);
        if (best == kNone) continue;
        next[c * kP + p] = best + transitions.first[p * kT + c] + em[c];
      }
    }
  }

  const float* last = states.data() + (n - 1) * kT * kP;
  float best = kNone;
  int best_p = kTagStart, best_c = kTagO;
  for (int p = 0; p < kP; ++p)
    for (int c = 0; c < kT; ++c)
      if (last[c * kP + p] > best) {
        best = last[c * kP + p];
        best_p = p;
        best_c = c;
      }
  for (std::size_t i = n; i-- > 0;) {
    tags[i] = static_cast<std::uint8_t>(best_c);
    if (i == 0) break;
    const float* prior = states.data() + (i - 1) * kT * kP + best_p * kP;
    const int before = arg_best_over(prior, sec.data() + (best_p * kT + best_c) * kP);
    best_c = best_p;
    best_p = before;
  }
  return tags;
}

}  // namespace dossier
