#include "dossier/tagger/viterbi.h"

#include <gtest/gtest.h>

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

TEST(Viterbi, EmptySentence) { EXPECT_TRUE(viterbi_decode({}, Transitions{}).empty()); }

}  // namespace
}  // namespace dossier
