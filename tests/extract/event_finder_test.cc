// Event detection on small invented reports, with the shipped lexicons.
#include "dossier/extract/event_finder.h"

#include <gtest/gtest.h>

#include "dossier/extract/document_entities.h"
#include "dossier/extract/mention_finder.h"

namespace dossier {
namespace {

class EventFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    gazetteer = Gazetteer::load(std::filesystem::path(DOSSIER_SOURCE_DIR) / "data/lexicon", &error)
                    .release();
    ASSERT_NE(gazetteer, nullptr) << error;
  }
  std::vector<DocEvent> events(const std::string& text, const std::string& published = "") {
    Segmentation seg = segment(text);
    MentionFinder finder(*gazetteer, nullptr, rules);
    set = finder.find(text, seg);
    entities = group_mentions(text, set, *gazetteer, rules);
    return find_events(text, seg, set, entities, *gazetteer, published);
  }
  std::string name(std::int32_t e) { return e < 0 ? "" : entities[e].name; }
  static Gazetteer* gazetteer;
  NameRules rules;
  MentionSet set;
  std::vector<DocEntity> entities;
};
Gazetteer* EventFinderTest::gazetteer = nullptr;

TEST_F(EventFinderTest, DatePlaceFiguresAndPerpetrator) {
  auto ev = events(
      "A suicide bomber struck a wedding hall in Kabul on 12 May 2023, killing 14 people and "
      "wounding 30 others. The Taliban claimed responsibility.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "suicide bombing");
  EXPECT_EQ(ev[0].date.iso(), "2023-05-12");
  EXPECT_EQ(name(ev[0].location), "Kabul");
  ASSERT_EQ(ev[0].figures.size(), 2u);
  EXPECT_EQ(ev[0].figures[0].figure.low, 14);
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].perpetrators[0]), "Taliban");
}

TEST_F(EventFinderTest, Targets) {
  auto ev = events(
      "On 2 May 2024 al-Shabaab militants launched an attack on the African Union "
      "base in Mogadishu, killing four soldiers.");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_FALSE(ev[0].targets.empty());
  EXPECT_EQ(name(ev[0].targets[0]), "African Union");
}

TEST_F(EventFinderTest, AnaphoraJoinsTheIncidentAndPassingIncidentsStayApart) {
  auto ev = events(
      "Gunmen opened fire at a market in Maiduguri on 3 June 2024, leaving 20 dead. "
      "The attack was condemned by the government. "
      "It recalled the bombing in Yola in 2019 that killed 30.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].date.iso(), "2024-06-03");
  EXPECT_EQ(name(ev[0].location), "Maiduguri");
  EXPECT_EQ(ev[0].mentions.size(), 2u);
  EXPECT_EQ(ev[1].date.iso(), "2019");
  EXPECT_EQ(name(ev[1].location), "Yola");
  ASSERT_EQ(ev[1].figures.size(), 1u);
  EXPECT_EQ(ev[1].figures[0].figure.low, 30);
}

TEST_F(EventFinderTest, GenericTalkIsNoIncident) {
  EXPECT_TRUE(events("The group has threatened more attacks against the West.").empty());
  EXPECT_TRUE(events("The civil war's death toll was put at up to 50,000 in 1995.").empty());
  EXPECT_TRUE(
      events("Retrieved on 4 April 2024 from https://example.org/bombing-in-Kabul").empty());
}

TEST_F(EventFinderTest, ModifiersAreNotScenes) {
  auto ev = events(
      "On 5 March 2024 a bombing in Peshawar killed five Chinese engineers and two US citizens.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Peshawar");
}

}  // namespace
}  // namespace dossier
