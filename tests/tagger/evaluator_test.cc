#include "dossier/tagger/evaluator.h"

#include <gtest/gtest.h>

#include <sstream>

#include "dossier/tagger/tags.h"

namespace dossier {
namespace {

constexpr auto O = kTagO;
constexpr auto BP = begin_tag(EntityType::kPerson), IP = inside_tag(EntityType::kPerson);
constexpr auto BL = begin_tag(EntityType::kLocation), IL = inside_tag(EntityType::kLocation);
constexpr auto BG = begin_tag(EntityType::kGroup);

TEST(Evaluator, SpansFromTags) {
  const std::vector<std::uint8_t> tags = {BP, IP, O, BL, BL, IL, IP, O};
  const auto spans = bio_spans(tags);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0], (EntitySpan{0, 2, EntityType::kPerson}));
  EXPECT_EQ(spans[1], (EntitySpan{3, 4, EntityType::kLocation}));
  EXPECT_EQ(spans[2], (EntitySpan{4, 6, EntityType::kLocation}));
  EXPECT_EQ(spans[3], (EntitySpan{6, 7, EntityType::kPerson}));  // stray I starts an entity
}

TEST(Evaluator, ExactSpanAndTypeArithmetic) {
  NerEvaluator e;
  // Gold: PER[0,2) LOC[3,4) GRP[5,6). Predicted: PER[0,1) (wrong span), LOC[3,4) (right),
  // PER[5,6) (wrong type).
  e.add(std::vector<std::uint8_t>{BP, IP, O, BL, O, BG},
        std::vector<std::uint8_t>{BP, O, O, BL, O, BP});
  // Second sentence: one right PER, nothing missed, one spurious LOC.
  e.add(std::vector<std::uint8_t>{BP, O, O}, std::vector<std::uint8_t>{BP, O, BL});
  const EntityCounts& all = e.overall();
  EXPECT_EQ(all.true_positives, 2u);
  EXPECT_EQ(all.false_positives, 3u);
  EXPECT_EQ(all.false_negatives, 2u);
  EXPECT_DOUBLE_EQ(all.precision(), 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(all.recall(), 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(all.f1(), 2 * 0.4 * 0.5 / 0.9);
  const EntityCounts& per = e.of(EntityType::kPerson);
  EXPECT_EQ(per.true_positives, 1u);
  EXPECT_EQ(per.false_positives, 2u);
  EXPECT_EQ(per.false_negatives, 1u);
  const EntityCounts& loc = e.of(EntityType::kLocation);
  EXPECT_EQ(loc.true_positives, 1u);
  EXPECT_EQ(loc.false_positives, 1u);
  EXPECT_EQ(loc.false_negatives, 0u);
  EXPECT_DOUBLE_EQ(loc.recall(), 1.0);
  const EntityCounts& grp = e.of(EntityType::kGroup);
  EXPECT_EQ(grp.false_negatives, 1u);
  EXPECT_DOUBLE_EQ(grp.precision(), 0.0);
  EXPECT_DOUBLE_EQ(grp.f1(), 0.0);
  EXPECT_DOUBLE_EQ(e.of(EntityType::kOrganization).f1(), 0.0);

  std::ostringstream report;
  e.report(report);
  EXPECT_NE(report.str().find("ALL      40.00     50.00     44.44"), std::string::npos)
      << report.str();
}

}  // namespace
}  // namespace dossier
