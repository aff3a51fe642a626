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

  // delta[p * kT + c]: best score of a prefix ending with tags (p, c).
  std::array<float, kP * kT> delta;
  std::array<float, kP * kT> next;
  // back[(i * kP + p) * kT + c]: the tag before p on the best path to (p, c) at i.
  std::vector<std::uint8_t> back(n * kP * kT, kTagStart);

  delta.fill(kNone);
  for (int c = 0; c < kT; ++c)
    if (transition_allowed(kTagStart, c))
      delta[kTagStart * kT + c] =
          emission[c] + transitions.score(kTagStart, kTagStart, static_cast<std::uint8_t>(c));

  for (std::size_t i = 1; i < n; ++i) {
    next.fill(kNone);
    const float* em = emission.data() + i * kT;
    std::uint8_t* bp = back.data() + i * kP * kT;
    for (int p = 0; p < kT; ++p) {
      for (int c = 0; c < kT; ++c) {
        if (!transition_allowed(static_cast<std::uint8_t>(p), static_cast<std::uint8_t>(c)))
          continue;
        float best = kNone;
        std::uint8_t arg = kTagStart;
        for (int pp = 0; pp < kP; ++pp) {
          const float prior = delta[pp * kT + p];
          if (prior == kNone) continue;
          const float s =
              prior + transitions.score(static_cast<std::uint8_t>(pp), static_cast<std::uint8_t>(p),
                                        static_cast<std::uint8_t>(c));
          if (s > best) {
            best = s;
            arg = static_cast<std::uint8_t>(pp);
          }
        }
        if (best == kNone) continue;
        next[p * kT + c] = best + em[c];
        bp[p * kT + c] = arg;
      }
    }
    delta = next;
  }

  float best = kNone;
  int best_p = kTagStart, best_c = kTagO;
  for (int p = 0; p < kP; ++p)
    for (int c = 0; c < kT; ++c)
      if (delta[p * kT + c] > best) {
        best = delta[p * kT + c];
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
