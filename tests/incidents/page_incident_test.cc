#include "dossier/incidents/page_incident.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace dossier {
namespace {

const Gazetteer& shipped() {
  static const std::unique_ptr<Gazetteer> g =
      Gazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/data/lexicon");
  return *g;
}

const IncidentModels& models() {
  static const IncidentModels m =
      IncidentModels::load(std::string(DOSSIER_SOURCE_DIR) + "/data/incidents");
  return m;
}

DocEvent event_at(std::uint32_t start, int figures) {
  DocEvent ev;
  ev.type = "shooting";
  ev.mentions.emplace_back(start, start + 10);
  for (int i = 0; i < figures; ++i) {
    EventFigure f;
    f.figure.measure = i % 2 ? Measure::kWounded : Measure::kKilled;
    f.figure.low = f.figure.high = 1;
    ev.figures.push_back(f);
  }
  return ev;
}

TEST(PageIncident, MainIsTheMostCountedLeadIsTheFirstTold) {
  std::vector<DocEvent> events{event_at(200, 1), event_at(10, 0), event_at(400, 3)};
  EXPECT_EQ(main_incident(events), 2);
  EXPECT_EQ(lead_event(events), 1);
  EXPECT_EQ(main_incident({}), -1);
  EXPECT_EQ(lead_event({}), -1);
}

TEST(PageIncident, WhichIncidentIsSettled) {
  // The lead is the main one.
  EXPECT_EQ(settled_incident({event_at(10, 2), event_at(200, 1)}, "2024-05-08"), 0);
  // Two incidents, the one with more figures told second: one story split in two.
  EXPECT_EQ(settled_incident({event_at(200, 3), event_at(10, 0)}, "2024-05-08"), 0);
  // ... unless it is dated in another year: a past incident the report recalls.
  std::vector<DocEvent> past{event_at(200, 3), event_at(10, 0)};
  past[0].date.year = 2019;
  EXPECT_EQ(settled_incident(past, "2024-05-08"), -1);
  // Three or more, the lead not the main one: a round-up.
  EXPECT_EQ(settled_incident({event_at(200, 3), event_at(10, 0), event_at(400, 1)}, "2024-05-08"),
            -1);
  EXPECT_EQ(settled_incident({}, "2024-05-08"), -1);
}

TEST(PageIncident, WhoDecides) {
  EXPECT_TRUE(date_is_open(PartialDate{}));
  EXPECT_TRUE(date_is_open(PartialDate{2016, 3, 0}));
  EXPECT_FALSE(date_is_open(PartialDate{2016, 3, 12}));
  EXPECT_TRUE(place_is_open(shipped(), -1));
  EXPECT_TRUE(place_is_open(shipped(), shipped().find_key("chicago-us")));
  EXPECT_TRUE(place_is_open(shipped(), shipped().find_key("us-il")));
  EXPECT_FALSE(place_is_open(shipped(), shipped().find_key("belgium")));
  ASSERT_GE(shipped().find_key("georgia"), 0);
  EXPECT_TRUE(place_is_open(shipped(), shipped().find_key("georgia")));  // and a US state
}

TEST(PageIncident, TheStoryMayOpenAfterBoilerplate) {
  const std::string text =
      "Sign in to your account. Watch more videos. Share this story. "
      "A man was shot and killed late Tuesday outside a store, police said. "
      "A second man was wounded.";
  const Segmentation seg = segment(text);
  DocEvent lead;
  ASSERT_TRUE(lead_incident(PageText{text, "", "2024-05-08", &seg}, &lead));
  EXPECT_EQ(lead.type, "shooting");
  ASSERT_EQ(lead.figures.size(), 2u);
  EXPECT_EQ(lead.figures[0].figure.measure, Measure::kKilled);
  EXPECT_EQ(lead.figures[1].figure.measure, Measure::kWounded);
  EXPECT_EQ(text.substr(lead.mentions.front().first, 5), "A man");
}

TEST(PageIncident, ACourtReportOpensOnNoIncident) {
  const std::string text =
      "A judge sentenced the defendant to 30 years in prison on Monday. "
      "The hearing lasted two hours.";
  const Segmentation seg = segment(text);
  DocEvent lead;
  EXPECT_FALSE(lead_incident(PageText{text, "", "2024-05-08", &seg}, &lead));
}

TEST(PageIncident, TheModelsDateAndPlaceTheReportsIncident) {
  ASSERT_FALSE(models().date.empty());
  ASSERT_FALSE(models().place.empty());
  const std::string title = "Man killed in Springfield shooting";
  const std::string text =
      "SPRINGFIELD, Ill. — A man was shot and killed late Tuesday night on the east side, "
      "police said. Officers found the victim on Elm Street. No arrests have been made.";
  const Segmentation seg = segment(text);
  MentionSet mentions;
  std::vector<DocEntity> entities;
  std::vector<DocEvent> events;
  settle_page_incident(PageText{text, title, "2024-05-08", &seg}, shipped(), models(), &mentions,
                       &entities, &events);
  ASSERT_EQ(events.size(), 1u);
  const DocEvent& ev = events[0];
  EXPECT_EQ(ev.date.iso(), "2024-05-07");
  EXPECT_EQ(ev.date_rule.rfind("chosen by the date model", 0), 0u) << ev.date_rule;
  ASSERT_GE(ev.location, 0);
  const DocEntity& place = entities[static_cast<std::size_t>(ev.location)];
  ASSERT_GE(place.entry, 0);
  EXPECT_EQ(shipped().region_of(static_cast<std::uint32_t>(place.entry)), "Illinois");
  EXPECT_EQ(ev.place_rule.rfind("chosen by the place model", 0), 0u) << ev.place_rule;
  EXPECT_EQ(ev.country, "US");
  // The place gained a mention; every index stays valid and the mentions sorted.
  for (const DocEntity& e : entities)
    for (std::uint32_t m : e.mentions) EXPECT_LT(m, mentions.mentions.size());
  for (std::size_t i = 1; i < mentions.mentions.size(); ++i)
    EXPECT_LE(mentions.mentions[i - 1].start, mentions.mentions[i].start);
}

TEST(PageIncident, AMentionAddedBeforeOthersKeepsTheirIndices) {
  const std::string text = "Police in Troy, Mich., said a woman was shot Sunday, Mary Jones said.";
  const Segmentation seg = segment(text);
  MentionSet mentions;
  const std::uint32_t mary = static_cast<std::uint32_t>(text.find("Mary Jones"));
  mentions.mentions.push_back(Mention{mary, mary + 10, EntityType::kPerson, -1, "tagger"});
  std::vector<DocEntity> entities(1);
  entities[0].type = EntityType::kPerson;
  entities[0].name = "Mary Jones";
  entities[0].mentions = {0};
  std::vector<DocEvent> events;
  settle_page_incident(PageText{text, "", "2024-05-06", &seg}, shipped(), models(), &mentions,
                       &entities, &events);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_GE(events[0].location, 0);
  EXPECT_EQ(entities[static_cast<std::size_t>(events[0].location)].name, "Troy");
  // "Troy" was inserted before "Mary Jones": the person's index moved with its mention.
  ASSERT_EQ(mentions.mentions.size(), 2u);
  EXPECT_EQ(entities[0].mentions, std::vector<std::uint32_t>{1});
  EXPECT_EQ(text.substr(mentions.mentions[1].start, 10), "Mary Jones");
}

TEST(PageIncident, APlaceTheFinderCouldNotIdentifyBecomesTheChosenTown) {
  const std::string text =
      "TROY, Mich. - A teenager was wounded when gunfire erupted at a party early Sunday. "
      "Troy police are asking for witnesses.";
  const Segmentation seg = segment(text);
  MentionSet mentions;
  const std::uint32_t second = static_cast<std::uint32_t>(text.find("Troy police"));
  mentions.mentions.push_back(Mention{second, second + 4, EntityType::kLocation, -1, "tagger"});
  std::vector<DocEntity> entities(1);
  entities[0].type = EntityType::kLocation;
  entities[0].name = "Troy";
  entities[0].mentions = {0};
  std::vector<DocEvent> events;
  settle_page_incident(PageText{text, "", "2024-06-03", &seg}, shipped(), models(), &mentions,
                       &entities, &events);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_EQ(events[0].location, 0);  // the same entity, not a second "Troy"
  ASSERT_EQ(entities.size(), 1u);
  ASSERT_GE(entities[0].entry, 0);
  EXPECT_EQ(shipped().region_of(static_cast<std::uint32_t>(entities[0].entry)), "Michigan");
  EXPECT_EQ(mentions.mentions.size(), 2u);  // "TROY" of the dateline joined it
  for (std::uint32_t m : entities[0].mentions)
    EXPECT_EQ(mentions.mentions[m].entry, entities[0].entry);
}

std::vector<std::string> measures_of_lead(const std::string& text) {
  const Segmentation seg = segment(text);
  MentionSet mentions;
  std::vector<DocEntity> entities;
  std::vector<DocEvent> events;
  settle_page_incident(PageText{text, "", "2024-05-08", &seg}, shipped(), models(), &mentions,
                       &entities, &events);
  std::vector<std::string> out;
  if (!events.empty())
    for (const EventFigure& f : events[0].figures)
      out.push_back(std::string(to_string(f.figure.measure)) + " " + std::to_string(f.figure.low));
  return out;
}

// The one shot who then died stays a wounded figure, one that counts people hit: the
// incident's wounded estimate leaves the dead out (figure_analysis.h), the evidence stays.
TEST(PageIncident, EveryFigureOfTheLeadStaysEvidence) {
  EXPECT_EQ(measures_of_lead("A man was shot on Elm Street late Tuesday. The victim was "
                             "pronounced dead after the shooting, police said."),
            (std::vector<std::string>{"wounded 1", "killed 1"}));
  EXPECT_EQ(measures_of_lead("Two boys were killed and a teen was injured in a shooting late "
                             "Tuesday."),
            (std::vector<std::string>{"killed 2", "wounded 1"}));
}

}  // namespace
}  // namespace dossier
