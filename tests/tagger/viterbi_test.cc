#include "dossier/tagger/viterbi.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

namespace dossier {
namespace {

std::vector<float> flat_scores(std::size_t n) { return std::vector<float>(n * kTagCount, 0.0f); }

TEST(Viterbi, FollowsEmissionsWhenTransitionsAreZero) {
  auto em = flat_scores(3);
  em[0 * kTagCount + begin_tag(EntityType::kPerson)] = 2;
  em[1 * kTagCount + inside_tag(EntityType::kPerson)] = 2;
  em[2 * kTagCount + kTagO] = 2;
  const auto tags = viterbi_decode(em, Transitions{});
  EXPECT_EQ(tags, (std::vector<std::uint8_t>{begin_tag(EntityType::kPerson),
                                             inside_tag(EntityType::kPerson), kTagO}));
}

TEST(Viterbi, NeverPutsInsideAfterOutside) {
  // Token 0 strongly O, token 1 strongly I-PER: O -> I-PER is forbidden, so the decoder must
  // pick something valid even though it scores lower.
  auto em = flat_scores(2);
  em[0 * kTagCount + kTagO] = 10;
  em[1 * kTagCount + inside_tag(EntityType::kPerson)] = 10;
  em[1 * kTagCount + begin_tag(EntityType::kPerson)] = 1;
  const auto tags = viterbi_decode(em, Transitions{});
  EXPECT_EQ(tags, (std::vector<std::uint8_t>{kTagO, begin_tag(EntityType::kPerson)}));
}

TEST(Viterbi, NeverStartsWithInside) {
  auto em = flat_scores(1);
  em[inside_tag(EntityType::kLocation)] = 100;
  EXPECT_EQ(viterbi_decode(em, Transitions{}), std::vector<std::uint8_t>{kTagO});
}

TEST(Viterbi, SecondOrderTransitionsChangeTheBestPath) {
  auto em = flat_scores(3);
  for (int i = 0; i < 3; ++i) em[i * kTagCount + kTagO] = 1;
  Transitions tr;
  // Reward B-LOC at position 2 only after two O tags.
  tr.second[(kTagO * (kTagCount + 1) + kTagO) * kTagCount + begin_tag(EntityType::kLocation)] = 5;
  const auto tags = viterbi_decode(em, tr);
  EXPECT_EQ(tags, (std::vector<std::uint8_t>{kTagO, kTagO, begin_tag(EntityType::kLocation)}));
}

// The best allowed sequence found by trying every one of them.
std::vector<std::uint8_t> brute_force(const std::vector<float>& em, const Transitions& tr) {
  const std::size_t n = em.size() / kTagCount;
  std::vector<std::uint8_t> tags(n, 0), best;
  float best_score = -std::numeric_limits<float>::infinity();
  for (;;) {
    float score = 0;
    bool allowed = true;
    for (std::size_t i = 0; i < n && allowed; ++i) {
      const std::uint8_t p2 = i >= 2 ? tags[i - 2] : kTagStart;
      const std::uint8_t p1 = i >= 1 ? tags[i - 1] : kTagStart;
      allowed = transition_allowed(p1, tags[i]);
      score += em[i * kTagCount + tags[i]] + tr.score(p2, p1, tags[i]);
    }
    if (allowed && score > best_score) {
      best_score = score;
      best = tags;
    }
    std::size_t k = 0;
    while (k < n && ++tags[k] == kTagCount) tags[k++] = 0;
    if (k == n) return best;
  }
}

TEST(Viterbi, FindsTheBestSequenceOfRandomScores) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> score(-3, 3);
  for (std::size_t n = 1; n <= 4; ++n) {
    for (int trial = 0; trial < 5; ++trial) {
      std::vector<float> em(n * kTagCount);
      for (float& e : em) e = score(random);
      Transitions tr;
      for (float& t : tr.first) t = score(random);
      for (float& t : tr.second) t = score(random);
      EXPECT_EQ(viterbi_decode(em, tr), brute_force(em, tr)) << "n=" << n << " trial " << trial;
    }
  }
}

TEST(Viterbi, EmptySentence) { EXPECT_TRUE(viterbi_decode({}, Transitions{}).empty()); }

}  // namespace
}  // namespace dossier
