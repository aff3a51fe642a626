#include "dossier/incidents/place_choice.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

namespace dossier {
namespace {

// The shipped lexicons (towns.tsv included), loaded once.
const Gazetteer& shipped() {
  static const std::unique_ptr<Gazetteer> g =
      Gazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/data/lexicon");
  return *g;
}

struct Proposal {
  std::string text;
  Segmentation seg;
  std::vector<PlaceOption> options;
};

Proposal propose(std::string text, std::string title = "", std::int64_t rule_entry = -1,
                 const MentionSet& mentions = {}) {
  Proposal p{std::move(text), {}, {}};
  p.seg = segment(p.text);
  p.options = propose_places(p.text, p.seg, title, shipped(), rule_entry, mentions);
  return p;
}

// The option of `name` in the state (or region) `region`, else null.
const PlaceOption* find(const Proposal& p, const std::string& name, const std::string& region) {
  for (const PlaceOption& o : p.options)
    if (!o.none && shipped().entry(o.entry).name == name && shipped().region_of(o.entry) == region)
      return &o;
  return nullptr;
}

bool has_feature(const PlaceOption& o, const std::string& f) {
  return std::find(o.candidate.features.begin(), o.candidate.features.end(), f) !=
         o.candidate.features.end();
}

TEST(PlaceChoice, AnApStateAbbreviationSettlesTheSameNamedCities) {
  const Proposal p = propose("SPRINGFIELD, Ill. — Police said a man was shot on Elm Street.");
  const PlaceOption* il = find(p, "Springfield", "Illinois");
  const PlaceOption* mo = find(p, "Springfield", "Missouri");
  ASSERT_NE(il, nullptr);
  ASSERT_NE(mo, nullptr);
  EXPECT_TRUE(has_feature(*il, "state_adjacent"));
  EXPECT_TRUE(has_feature(*il, "dateline"));
  EXPECT_FALSE(has_feature(*mo, "state_adjacent"));
  const Proposal troy = propose("A woman was wounded in Troy, Mich., on Sunday.");
  ASSERT_NE(find(troy, "Troy", "Michigan"), nullptr);
  EXPECT_TRUE(has_feature(*find(troy, "Troy", "Michigan"), "state_adjacent"));
  EXPECT_TRUE(has_feature(*find(troy, "Troy", "Michigan"), "ctx=prep"));
}

TEST(PlaceChoice, OtherPlacesNearbySettleTheSameNamedTowns) {
  const Proposal p = propose(
      "A man was shot in Independence on Friday. He was taken to a hospital in Kansas City.");
  const PlaceOption* mo = find(p, "Independence", "Missouri");
  const PlaceOption* ks = find(p, "Independence", "Kansas");
  ASSERT_NE(mo, nullptr);
  ASSERT_NE(ks, nullptr);
  EXPECT_TRUE(has_feature(*mo, "nearby_support=1"));
  EXPECT_TRUE(has_feature(*ks, "nearby_support=0"));
}

TEST(PlaceChoice, TownsAndEnglishWordNamesAreProposed) {
  const Proposal p = propose("Gunfire erupted in Mobile, Ala., late Friday.");
  const PlaceOption* mobile = find(p, "Mobile", "Alabama");
  ASSERT_NE(mobile, nullptr);
  EXPECT_TRUE(has_feature(*mobile, "sub=town"));
  EXPECT_TRUE(has_feature(*mobile, "word"));
  EXPECT_TRUE(has_feature(*mobile, "word&context"));
}

TEST(PlaceChoice, WithoutARulesPlaceNoneIsTheLastOption) {
  const Proposal p = propose("A man was shot in Springfield.");
  ASSERT_FALSE(p.options.empty());
  EXPECT_TRUE(p.options.back().none);
  EXPECT_TRUE(has_feature(p.options.back(), "none"));
  const std::int64_t chicago = shipped().find_key("chicago-us");
  ASSERT_GE(chicago, 0);
  const Proposal ruled = propose("A man was shot in Springfield.", "", chicago);
  EXPECT_FALSE(ruled.options.back().none);
  EXPECT_TRUE(has_feature(ruled.options.back(), "rule_only"));
}

TEST(PlaceChoice, NeighbourhoodsTitlesAndTheTaggersReading) {
  const Proposal hood =
      propose("Two men were shot in the Lawndale neighborhood of Chicago.", "Two shot in Chicago");
  const PlaceOption* lawndale = find(hood, "Lawndale", "California");
  ASSERT_NE(lawndale, nullptr);
  EXPECT_TRUE(has_feature(*lawndale, "part_of_town"));
  const PlaceOption* chicago = find(hood, "Chicago", "Illinois");
  ASSERT_NE(chicago, nullptr);
  EXPECT_TRUE(has_feature(*chicago, "title"));

  const std::string text = "Police said Luther Thompson was shot.";
  MentionSet person;
  person.mentions.push_back(
      Mention{12, 27, EntityType::kPerson, -1, "tagger"});  // "Luther Thompson"
  const Proposal named = propose(text, "", -1, person);
  int luthers = 0;
  for (const PlaceOption& o : named.options)
    if (!o.none && shipped().entry(o.entry).name == "Luther") {
      ++luthers;
      EXPECT_TRUE(has_feature(o, "tagged=person_wider")) << shipped().region_of(o.entry);
      EXPECT_TRUE(has_feature(o, "in_longer_name"));
    }
  EXPECT_GT(luthers, 0);  // towns named Luther (Oklahoma, Iowa, ...)
}

TEST(PlaceChoice, APlaceAfterOfInAnotherNameIsPartOfIt) {
  const Proposal p = propose("The Ministry of Justice said two guards were killed.");
  int justices = 0;
  for (const PlaceOption& o : p.options)
    if (!o.none && shipped().entry(o.entry).name == "Justice") {
      ++justices;
      EXPECT_TRUE(has_feature(o, "in_longer_name&context"));
    }
  EXPECT_GT(justices, 0);  // Justice, Illinois
}

TEST(PlaceChoice, TheWordsOfUsLocalNewsFavourTheUsReading) {
  const Proposal us = propose(
      "A man was shot in the 400 block of Hill Road in Birmingham, the sheriff's office said.");
  const PlaceOption* alabama = find(us, "Birmingham", "Alabama");
  const PlaceOption* england = find(us, "Birmingham", "England");
  ASSERT_NE(alabama, nullptr);
  ASSERT_NE(england, nullptr);
  EXPECT_TRUE(has_feature(*alabama, "us_words&us"));
  EXPECT_TRUE(has_feature(*england, "us_words&abroad"));
  const Proposal uk = propose("A man was stabbed in Birmingham, West Midlands Police said.");
  for (const PlaceOption& o : uk.options) {
    EXPECT_FALSE(has_feature(o, "us_words&us"));
    EXPECT_FALSE(has_feature(o, "us_words&abroad"));
  }
}

TEST(PlaceChoice, CountiesAreProposedInTheirStates) {
  const Proposal p = propose("Cumberland County deputies found a man shot near Hope Mills.");
  const PlaceOption* nc = find(p, "Cumberland County", "North Carolina");
  ASSERT_NE(nc, nullptr);
  EXPECT_TRUE(has_feature(*nc, "sub=county"));
  EXPECT_TRUE(has_feature(*nc, "state_support=1"));  // Hope Mills, North Carolina
  EXPECT_NE(find(p, "Cumberland County", "Kentucky"), nullptr);
}

TEST(PlaceChoice, FirstNameCitiesAreProposedAsStopNames) {
  const Proposal p = propose("AUSTIN - A man was shot late Sunday, Austin police said.");
  const PlaceOption* austin = find(p, "Austin", "Texas");
  ASSERT_NE(austin, nullptr);
  EXPECT_TRUE(has_feature(*austin, "stop_name"));
  EXPECT_TRUE(has_feature(*austin, "ctx=police"));
}

}  // namespace
}  // namespace dossier
