#include "dossier/tagger/tags.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Tags, NamesRoundTrip) {
  for (std::uint8_t t = 0; t < kTagCount; ++t) EXPECT_EQ(parse_tag(tag_name(t)), t);
  EXPECT_EQ(tag_name(kTagO), "O");
  EXPECT_EQ(tag_name(begin_tag(EntityType::kGroup)), "B-GRP");
  EXPECT_EQ(tag_name(inside_tag(EntityType::kLocation)), "I-LOC");
  EXPECT_FALSE(parse_tag("B-MISC"));
}

TEST(Tags, InsideOnlyContinuesItsType) {
  const auto b_per = begin_tag(EntityType::kPerson), i_per = inside_tag(EntityType::kPerson);
  const auto i_org = inside_tag(EntityType::kOrganization);
  EXPECT_TRUE(transition_allowed(b_per, i_per));
  EXPECT_TRUE(transition_allowed(i_per, i_per));
  EXPECT_FALSE(transition_allowed(kTagO, i_per));
  EXPECT_FALSE(transition_allowed(kTagStart, i_per));
  EXPECT_FALSE(transition_allowed(b_per, i_org));
  EXPECT_TRUE(transition_allowed(kTagO, b_per));
  EXPECT_TRUE(transition_allowed(i_org, kTagO));
}

}  // namespace
}  // namespace dossier
