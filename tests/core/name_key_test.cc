#include "dossier/core/name_key.h"

#include <gtest/gtest.h>

#include "dossier/core/entity_type.h"

namespace dossier {
namespace {

TEST(NameKey, FoldsDashesCaseAndSpaces) {
  EXPECT_EQ(name_key("Islamic State\u2013Khorasan  Province"), "islamic state-khorasan province");
  EXPECT_EQ(name_key("IS - K"), "is-k");
  EXPECT_EQ(name_key("  Putin\u2019s "), "putin's");
}

TEST(NameKey, FoldsNonAsciiCase) { EXPECT_EQ(name_key("РАХМОН"), "рахмон"); }

TEST(NameKey, AsciiAndUnicodeNamesFoldAlike) {
  // Plain ASCII takes a shorter path: it must give what the Unicode path gives.
  EXPECT_EQ(name_key("  Saint\tLOUIS -  Park "), "saint louis-park");
  EXPECT_EQ(name_key("  Saint\tLOUIS \u2013  Park\u00C9 "), "saint louis-park\u00E9");
}

TEST(CompactKey, JoinsSpellingVariants) {
  EXPECT_EQ(compact_key("IS-K"), compact_key("ISK"));
  EXPECT_EQ(compact_key("U.S."), "us");
}

TEST(EntityType, RoundTrips) {
  for (auto t :
       {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation, EntityType::kGroup})
    EXPECT_EQ(parse_entity_type(to_string(t)), t);
  EXPECT_FALSE(parse_entity_type("thing"));
}

}  // namespace
}  // namespace dossier
