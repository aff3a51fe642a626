#include "dossier/core/name_match.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(NameMatch, ShortNameIsTrailingWords) {
  EXPECT_TRUE(is_short_name("Putin", "Vladimir Putin"));
  EXPECT_TRUE(is_short_name("Putin's", "Vladimir Putin"));
  EXPECT_FALSE(is_short_name("Vladimir", "Vladimir Putin"));
  EXPECT_FALSE(is_short_name("Vladimir Putin", "Vladimir Putin"));
}

TEST(NameMatch, AcronymSpellsInitialsSkippingSmallWords) {
  EXPECT_TRUE(is_acronym_of("CSTO", "Collective Security Treaty Organization"));
  EXPECT_TRUE(is_acronym_of("IMU", "Islamic Movement of Uzbekistan"));
  EXPECT_FALSE(is_acronym_of("SCO", "Collective Security Treaty Organization"));
}

TEST(NameMatch, EditDistanceCountsTranspositions) {
  EXPECT_EQ(edit_distance("abcd", "abdc", 3), 1);
  EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3);
  EXPECT_EQ(edit_distance("a", "abcdef", 2), 3);  // capped at limit + 1
}

TEST(NameMatch, TypoNeedsLongSimilarNames) {
  EXPECT_TRUE(is_typo_of("Sanalluh Ghafari", "Sanaullah Ghafari"));
  EXPECT_FALSE(is_typo_of("Ali Khan", "Ali Kahn Jr"));
  EXPECT_FALSE(is_typo_of("Omar", "Amar"));  // too short to trust
}

TEST(NameMatch, TransliterationJoinsScripts) {
  EXPECT_EQ(transliteration_key("Рахмон"), transliteration_key("Rahmon"));
  EXPECT_EQ(transliteration_key("Khalimov"), transliteration_key("Halimov"));
  EXPECT_NE(transliteration_key("Moscow"), transliteration_key("Minsk"));
  EXPECT_EQ(transliteration_key("José Рахмон"), transliteration_key("Jose Rahmon"));
}

// Latin letters are spelled as ICU's Latin-ASCII spells them, without building it.
TEST(NameMatch, LatinNamesLoseTheirAccents) {
  EXPECT_EQ(transliteration_key("José Peña"), transliteration_key("Jose Pena"));
  EXPECT_EQ(transliteration_key("Nguyễn"), transliteration_key("Nguyen"));
  EXPECT_EQ(transliteration_key("Straße"), transliteration_key("Strasse"));
  EXPECT_EQ(transliteration_key("Łódź"), transliteration_key("Lodz"));
  EXPECT_EQ(transliteration_key("Ærø"), transliteration_key("Aero"));
  EXPECT_EQ(transliteration_key("O’Brien"), transliteration_key("O'Brien"));
  EXPECT_NE(transliteration_key("Müller"), transliteration_key("Miller"));
}

}  // namespace
}  // namespace dossier
