#include "dossier/tagger/viterbi.h"

#include <limits>

namespace dossier {

std::vector<std::uint8_t> viterbi_decode(std::span<const float> emission,
                                         const Transitions& transitions) {
  constexpr int kT = kTagCount;
  constexpr int kP = kTagCount + 1;  // values of the previous tag, kTagStart included
  constexpr float kNone = -std::numeric_limits<float>::infinity();
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

  // state[c * kP + p]: best score of a prefix ending with tags (p, c).
  std::array<float, kT * kP> state;
  std::array<float, kT * kP> next;
  // back[(i * kP + p) * kT + c]: the tag before p on the best path to (p, c) at i.
  std::vector<std::uint8_t> back(n * kP * kT, kTagStart);

  state.fill(kNone);
  for (int c = 0; c < kT; ++c)
    if (transition_allowed(kTagStart, c))
      state[c * kP + kTagStart] =
          emission[c] + transitions.score(kTagStart, kTagStart, static_cast<std::uint8_t>(c));

  for (std::size_t i = 1; i < n; ++i) {
    next.fill(kNone);
    const float* em = emission.data() + i * kT;
    std::uint8_t* bp = back.data() + i * kP * kT;
    for (int p = 0; p < kT; ++p) {
      const float* prior = state.data() + p * kP;
      for (int c = 0; c < kT; ++c) {
        if (!transition_allowed(static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(c)))
          continue;
        const float* s2 = sec.data() + (p * kT + c) * kP;
        float best = kNone;
        std::uint8_t arg = kTagStart;
        for (int pp = 0; pp < kP; ++pp) {
          const float s = prior[pp] + s2[pp];
          if (s > best) {
            best = s;
            arg = static_cast<std::uint8_t>(pp);
          }
        }
        if (best == kNone) continue;
        next[c * kP + p] = best + transitions.first[p * kT + c] + em[c];
        bp[p * kT + c] = arg;
      }
    }
    state = next;
  }

  float best = kNone;
  int best_p = kTagStart, best_c = kTagO;
  for (int p = 0; p < kP; ++p)
    for (int c = 0; c < kT; ++c)
      if (state[c * kP + p] > best) {
        best = state[c * kP + p];
        best_p = p;
        best_c = c;
      }
  for (std::size_t i = n; i-- > 0;) {
    tags[i] = static_cast<std::uint8_t>(best_c);
    const int before = back[(i * kP + best_p) * kT + best_c];
    best_c = best_p;
    best_p = before;
  }
  return tags;
}

}  // namespace dossier
