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
    gazetteer =
        Gazetteer::load(std::filesystem::path(DOSSIER_SOURCE_DIR) / "data/lexicon").release();
    ASSERT_NE(gazetteer, nullptr);
  }
  std::vector<DocEvent> events(const std::string& text, const std::string& published = "",
                               std::string_view language = "en") {
    Segmentation seg = segment(text);
    MentionFinder finder(*gazetteer, nullptr, rules);
    set = finder.find(text, seg);
    entities = group_mentions(text, set, *gazetteer, rules);
    return find_events(text, seg, set, entities, *gazetteer, published,
                       incident_language(language));
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

TEST_F(EventFinderTest, TheDayOfAStatementOnArrestsIsNotTheIncidents) {
  // 2019-05-10 was a Friday.
  auto ev = events(
      "A bomb killed 9 people at a bus station in Kano earlier this month. Police said on "
      "Monday that the suicide bomber had come by car and that 15 people had been detained.",
      "2019-05-10");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2019-05");
}

TEST_F(EventFinderTest, OfTwoPlacesAsSpecificTheNearerToTheTrigger) {
  auto ev = events(
      "A man held in Lyon since May was a planner of the bombing in Marseille that killed 12 "
      "people in 2019.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Marseille");
}

TEST_F(EventFinderTest, TheDateOfAnArrestIsNotTheIncidentsDate) {
  // 2019-05-10 was a Friday.
  auto ev = events(
      "Police detained five people Thursday over a bombing at a bus station in Kano that killed "
      "9 people Monday.",
      "2019-05-10");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2019-05-06");
}

TEST_F(EventFinderTest, RussianReportWithTheRussianTables) {
  auto ev = events(
      "Вчера вечером на рынке в Хасавюрте прогремел взрыв. По данным МВД, погибли 9 человек, "
      "ещё 23 ранены. Ответственность за теракт взяло на себя Исламское государство.",
      "2021-05-15", "ru");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "bombing");
  EXPECT_EQ(ev[0].date.iso(), "2021-05-14");
  EXPECT_EQ(name(ev[0].location), "Khasavyurt");
  EXPECT_EQ(ev[0].country, "RU");
  ASSERT_EQ(ev[0].figures.size(), 2u);
  EXPECT_EQ(to_string(ev[0].figures[0].figure.measure), "killed");
  EXPECT_EQ(ev[0].figures[1].figure.low, 23);
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].perpetrators[0]), "Islamic State");
  auto fire = events("Вчера боевики открыли огонь по посту полиции в Хасавюрте, убив двоих.",
                     "2021-05-15", "ru");
  ASSERT_EQ(fire.size(), 1u);
  EXPECT_EQ(fire[0].type, "shooting");
  EXPECT_EQ(fire[0].figures[0].figure.low, 2);
  // The English tables find nothing in it.
  EXPECT_TRUE(events("Вчера вечером в Хасавюрте прогремел взрыв, погибли 9 человек.", "2021-05-15")
                  .empty());
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

namespace dossier {
namespace {

// The incidents as "date place type [figures]", in the order found.
std::string describe(const std::vector<DocEvent>& evs, const std::vector<DocEntity>& ents) {
  std::string out;
  for (const DocEvent& e : evs) {
    if (!out.empty()) out += " | ";
    out += (e.date.empty() ? std::string("-") : e.date.iso()) + " " +
           (e.location >= 0 ? ents[e.location].name : std::string("-")) + " " + e.type;
    for (const EventFigure& f : e.figures)
      out += " " + std::string(to_string(f.figure.measure)) + ":" + std::to_string(f.figure.low);
  }
  return out;
}

TEST_F(EventFinderTest, AnEarlierIncidentIsCutOffAndDatedBack) {
  // 2019-03-09 is a Saturday.
  auto ev = events(
      "A car bomb exploded on Saturday outside a ministry in Kabul, killing 12 people. "
      "The bombing came a week after gunmen stormed a hotel in Kabul. "
      "That raid killed 9 people.",
      "2019-03-09");
  EXPECT_EQ(describe(ev, entities),
            "2019-03-09 Kabul bombing killed:12 | 2019-03-02 Kabul shooting killed:9");
  EXPECT_EQ(ev[1].date_rule, "counted back from the incident it is compared with");
}

TEST_F(EventFinderTest, ASimilarAttackIsAnotherIncident) {
  auto ev = events(
      "Two suicide bombers struck a rally in Ankara on 4 October 2018, killing 40 people, "
      "three months after a similar attack in Adana on 2 July 2018 killed 20 people.");
  EXPECT_EQ(describe(ev, entities),
            "2018-10-04 Ankara suicide bombing killed:40 | 2018-07-02 Adana attack killed:20");
}

TEST_F(EventFinderTest, AnniversaryAndTrialDatesDoNotDateTheIncident) {
  auto ev = events(
      "Relatives gathered in Beslan on Friday to mark the anniversary of the school siege. "
      "The siege began on 1 September 2004, and 330 people died.",
      "2019-09-06");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2004-09-01");
}

TEST_F(EventFinderTest, TheUndatedLeadIncidentTakesThePublicationYear) {
  auto ev =
      events("Gunmen killed 14 people at a police post in Quetta, officials said.", "2019-11-20");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2019");
  EXPECT_EQ(ev[0].date_rule, "publication year: the report's lead incident, undated in the text");
}

TEST_F(EventFinderTest, UndatedReportKeepsWeekdaysAndDaysForMatching) {
  auto ev = events(
      "A bomb exploded Monday at the central station in Lahore, killing 18. The blast on "
      "March 4 was the deadliest this year.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0].date.empty());
  EXPECT_EQ(ev[0].weekdays, 1u << 0);
  EXPECT_EQ(ev[0].month_days, std::vector<int>{304});
}

TEST_F(EventFinderTest, AnUndatedMentionJoinsTheDatedIncidentOfItsReport) {
  auto ev = events(
      "Two explosions hit the metro in Moscow on 29 March 2010, killing 39 people. "
      "Rescuers said 70 were wounded in the Moscow bombing.");
  EXPECT_EQ(describe(ev, entities), "2010-03-29 Moscow bombing killed:39 wounded:70");
}

TEST_F(EventFinderTest, FiguresCarryTheRuleThatAttachedThem) {
  auto ev = events("A bomb exploded in Kano on 3 May 2014. It killed 5 people.");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0].figures.size(), 1u);
  EXPECT_EQ(ev[0].figures[0].rule,
            "no date or place of its own: the incident of the sentences just before");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AWeekdayOfAnotherStepDoesNotCarryToTheNextSentence) {
  // 2016-07-15 is a Friday.
  auto ev = events(
      "Police on Friday searched the flat in Nice of the driver. Investigators looked for the "
      "motive of the attack. The attack on Thursday night killed 84 people.",
      "2016-07-15");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2016-07-14");
  EXPECT_EQ(name(ev[0].location), "Nice");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, ATollUpdateDatesNoIncident) {
  // 2016-03-29 is a Tuesday; the blast was on Sunday 27 March.
  auto ev = events(
      "A suicide blast tore through a park in Lahore on Sunday evening. An official yesterday "
      "put the death toll at 72.",
      "2016-03-29");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2016-03-27");
  ASSERT_EQ(ev[0].figures.size(), 1u);
  EXPECT_EQ(ev[0].figures[0].figure.low, 72);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, PersonsNamedAsTheAttackerArePerpetrators) {
  // The fixture has no tagger: the person comes from the shipped actor lexicon.
  auto ev = events(
      "A truck ploughed into shoppers in Stockholm on 7 April 2017, killing four people. Police "
      "identified the driver as Shamil Basayev.");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].perpetrators[0]), "Shamil Basayev");
  ev = events("The suspected bomber Shamil Basayev struck a market in Grozny on 2 May 2003.");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
}

TEST_F(EventFinderTest, TookResponsibilityAttributes) {
  auto ev = events(
      "A bomb hidden in an ambulance exploded in Kabul on 27 January 2018, killing 95 people. "
      "The Taliban took responsibility for the attack.");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].perpetrators[0]), "Taliban");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AfterAComparisonTheNextMentionOfTheSameKindIsTheReportsIncident) {
  auto ev = events(
      "Two bombers struck a peace rally in Ankara on 10 October 2015, three months after a "
      "similar attack in Adana. The two blasts killed at least 95 people.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(describe(ev, entities), "2015-10-10 Ankara bombing killed:95 | 2015-07 Adana attack");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AnUnplacedPastIncidentIsPlacedInTheReportsCountry) {
  auto ev = events(
      "Gunmen attacked a police academy in Quetta, Pakistan, on 24 October 2016, killing 61 "
      "cadets. The academy has been hit before. In 2006, six policemen were killed in "
      "explosions there.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(describe(ev, entities),
            "2016-10-24 Quetta shooting killed:61 | 2006 Pakistan bombing killed:6");
  EXPECT_EQ(ev[1].place_rule, "the country of the report's places");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, TheReportsSubjectIsNotFoldedIntoAPassingIncident) {
  auto ev = events(
      "Ten days after the bombings at the airport in Brussels, officials count 32 dead. Police "
      "said 300 were wounded. The threat is old: in May 2014 a gunman killed four people at a "
      "museum in Brussels.",
      "2016-04-01");
  EXPECT_EQ(
      describe(ev, entities),
      "2016-03-22 Brussels bombing killed:32 wounded:300 | 2014-05 Brussels shooting killed:4");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, EveryEarlierIncidentOfASentenceIsCutOff) {
  // 2019-03-09 is a Saturday.
  auto ev = events(
      "A car bomb exploded on Saturday outside a ministry in Kabul, killing 12 people, a day "
      "after a suicide bomber killed 5 people in Lahore and a week after gunmen stormed a "
      "hotel in Peshawar, killing 9 guests.",
      "2019-03-09");
  EXPECT_EQ(describe(ev, entities),
            "2019-03-09 Kabul bombing killed:12 | 2019-03-08 Lahore suicide bombing killed:5 | "
            "2019-03-02 Peshawar shooting killed:9");
}

TEST_F(EventFinderTest, BirthsJourneysAndHometownsDateAndPlaceNoIncident) {
  auto ev = events(
      "A gunman opened fire at a market in Quetta, killing 7 people. Police said the attacker "
      "was born in 1994 in Lahore and came to Quetta in 2016.",
      "2019-08-02");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Quetta");
  EXPECT_EQ(ev[0].date.iso(), "2019");
  ev = events("The bombing was carried out by a man born in Kandahar.", "2019-08-02");
  for (const DocEvent& e : ev) EXPECT_NE(name(e.location), "Kandahar");
}

TEST_F(EventFinderTest, TakingHostagesIsAnIncident) {
  // 2021-06-02 is a Wednesday.
  auto ev =
      events("Militants seized a school in Kano on Wednesday, taking hostage about 300 pupils.",
             "2021-06-02");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "hostage-taking");
  EXPECT_EQ(ev[0].date.iso(), "2021-06-02");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, APoliceRaidAndItsPlaceAreNoIncident) {
  // 2019-05-10 is a Friday.
  auto ev = events(
      "Police captured two men in an anti-terrorist raid in Abuja on Friday. They are linked to "
      "the suicide bombing of a market in Kano on 2 May 2019 that killed 31 people.",
      "2019-05-10");
  EXPECT_EQ(describe(ev, entities), "2019-05-02 Kano suicide bombing killed:31");
  ev = events(
      "A suicide bomber killed 31 people at a market in Kano on 2 May 2019. Later a police "
      "raid in Abuja led to the arrests of four men linked to the attack.",
      "2019-05-10");
  EXPECT_EQ(describe(ev, entities), "2019-05-02 Kano suicide bombing killed:31 arrested:4");
  // A raid by attackers is an incident.
  ev = events("Militants killed 12 villagers in a raid on Kukawa on 9 May 2019.", "2019-05-10");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "raid");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, TheDatelineIsTheNewsroomAndSaidMondayTheStatementsDay) {
  // 2018-07-31 is a Tuesday; the incident was not on the Monday the minister spoke.
  auto ev = events(
      "TASHKENT - Four tourists were killed in Kyrgyzstan by armed attackers, the interior "
      "minister said Monday.",
      "2018-07-31");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Kyrgyzstan");
  EXPECT_NE(ev[0].date.iso(), "2018-07-30");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, TheReportsCountryIsWhereItsPlacesAre) {
  // Kabul (twice) and Afghanistan are in Afghanistan; Pakistan, named twice, is where the
  // group was founded, not where the report's incidents are.
  auto ev = events(
      "A bomb exploded in Kabul on 3 May 2019, killing 9 people. A second bomb in Kabul killed "
      "two more in Afghanistan. The group was founded in Pakistan in 2012 and is based in "
      "Pakistan. In 2015, 30 people were killed by its bombers.");
  EXPECT_EQ(describe(ev, entities),
            "2019-05-03 Kabul bombing killed:9 killed:2 | 2015 Afghanistan bombing killed:30");
}

TEST_F(EventFinderTest, AnAbductionIsAnIncident) {
  auto ev = events("Gunmen killed 2 guards during the abduction of 40 pupils in Kaduna in 2021.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "shooting");
  ev = events("The 2019 abduction of 40 pupils in Kaduna shocked the country.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].type, "kidnapping");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, ASentenceOpeningOnAYearAndAClauseInAnotherYear) {
  auto ev = events(
      "A bomb exploded at a police post in Quetta, Pakistan, on 2 May 2019, killing 9 officers. "
      "The post "
      "has been hit before. In 2011, four policemen were killed in two explosions there, and "
      "then, in 2013, gunmen stormed its gate, killing two guards.",
      "2019-05-03");
  EXPECT_EQ(describe(ev, entities),
            "2019-05-02 Quetta bombing killed:9 | 2011 Pakistan bombing killed:4 | 2013 Pakistan "
            "shooting killed:2");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, NamesAPersonIsIdentifiedByAreNoPlaces) {
  // Lagos is a city the lexicon knows; here it is a suspect's nickname.
  auto ev = events(
      "A gunman opened fire at a bar in Lyon on 3 March 2019, killing 4 people. The suspects "
      "were identified only as Karim and Lagos, who supplied the guns used in the attack, "
      "which wounded 9.");
  EXPECT_EQ(describe(ev, entities), "2019-03-03 Lyon shooting killed:4 wounded:9");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, TheDayOfAProtestIsNotTheIncidents) {
  // 2019-06-10 is a Monday.
  auto ev = events(
      "Thousands marched through Lyon on Monday to condemn the slaughter by gunmen at a concert "
      "hall in the city, where 12 people were killed at the weekend.",
      "2019-06-10");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0].date.iso(), "2019-06-10");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, ACityBeforeAKindOfSiteIsTheScene) {
  auto ev = events(
      "As many as 20 hostages died on 4 May 2019 when troops stormed the Lyon theatre where "
      "Chechen rebels held them.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Lyon");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AnAttributedIncidentOfAKnownDayIsPlacedInTheReportsCountry) {
  auto ev = events(
      "A court sentenced two men to life for the attack on a shopping street on April 9, "
      "2018, in which 4 people were killed. The Taliban claimed responsibility for the "
      "attack. Sweden has tightened its laws since.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2018-04-09");
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Sweden");
  // Known to the year only, the attributed incident stays unplaced.
  ev = events(
      "In 2018, 4 people were killed in an attack on a shopping street. The Taliban claimed "
      "responsibility for the attack. Sweden has tightened its laws since.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].location, -1);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, APossessiveWeekdayDatesTheIncidentItNames) {
  // 2021-06-13 is a Sunday; Thursday is 2021-06-10, Saturday 2021-06-12.
  auto ev =
      events("Police have detained four men over Thursday's bus bombing in Quetta.", "2021-06-13");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2021-06-10");
  ev = events(
      "Police lowered the death toll from Thursday's bus bombing in Quetta on Saturday, saying "
      "31 people had been killed.",
      "2021-06-13");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2021-06-10");
}

TEST_F(EventFinderTest, AnIntervalOpeningASentenceRefersBackToTheIncident) {
  // The sentence tells of a later raid, not of an earlier incident three weeks before the
  // bombing (an undated report, so "March 23" alone dates nothing).
  auto ev = events(
      "Bombs on three buses killed 40 people in Lahore on 2 March 2009. Three weeks after the "
      "bombings, on March 23, police stormed a house in Multan where the plotters hid. Four "
      "suspects died when they blew themselves up.");
  for (const DocEvent& e : ev) EXPECT_NE(e.date.iso(), "2009-02-09");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].date.iso(), "2009-03-02");
  EXPECT_EQ(ev[0].figures[0].figure.low, 40);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, GovernmentsDestinationsAndHospitalsAreNoScenes) {
  auto ev = events(
      "Gunmen stormed a shopping centre on Saturday, killing 12 people. Officials said two "
      "Americans were among the gunmen, a claim later played down by Washington.");
  for (const DocEvent& e : ev) EXPECT_NE(name(e.location), "Washington, D.C.");
  ev = events(
      "A gunman killed 20 people at a mosque in Quetta. The army flew 15 of the most seriously "
      "wounded to Karachi. Police said 34 people remained in Quetta Hospital, 12 of them in "
      "intensive care.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Quetta");
  EXPECT_EQ(ev[0].figures.size(), 4u);
}

TEST_F(EventFinderTest, APossessiveCountryPlacesOnlyASite) {
  auto ev = events(
      "A car bomb exploded outside a hotel in Mogadishu on Friday. Eight staff were killed, "
      "Turkey's Anadolu agency said.",
      "2019-11-26");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Mogadishu");
  EXPECT_EQ(ev[0].figures.size(), 1u);
  ev = events("A bomb tore through Turkey's Ataturk airport, killing 41 people.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].country, "TR");
}

TEST_F(EventFinderTest, GovernmentsInAListAfterByAreNoScenes) {
  auto ev = events(
      "Gunmen stormed a shopping centre on Saturday, killing 12 people. Officials said two "
      "Britons were among the gunmen, a claim later played down by Washington and London.");
  for (const DocEvent& e : ev) EXPECT_NE(name(e.location), "London");
}

TEST_F(EventFinderTest, AMotivesPlaceIsNoScene) {
  auto ev = events(
      "Gunmen stormed a mall in Nairobi on 21 September 2013, killing 67 people. The militant "
      "group al-Shabaab claimed responsibility, saying the attack on the mall was retaliation "
      "for Kenya's military operations in Somalia, where its troops have fought since 2011.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Nairobi");
  ASSERT_EQ(ev[0].perpetrators.size(), 1u);
  EXPECT_EQ(name(ev[0].perpetrators[0]), "al-Shabaab");
}

TEST_F(EventFinderTest, APlaceOfJusticeOrCustodyIsNoScene) {
  auto ev = events(
      "The court heard that the man, already serving a life sentence in Lahore, built the bomb "
      "that killed 14 people.");
  for (const DocEvent& e : ev) EXPECT_NE(name(e.location), "Lahore");
}

TEST_F(EventFinderTest, AnUnknownNameBeforeAPluralIsAModifier) {
  // "Underground" is no place the lexicon knows: before "trains" it describes them.
  auto ev = events(
      "Militants struck at the heart of Leeds's rail network in the morning rush hour on "
      "Thursday, setting off two bombs on Underground trains and a third on a bus, killing 9 "
      "people.",
      "2019-05-04");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(name(ev[0].location), "Leeds");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AYearlessDatelineDateIsTheNewsroomsDay) {
  // 2019-11-26 is a Tuesday; the bombing was on Sunday 24 November.
  auto ev = events(
      "QUETTA, Nov 26 (Reuters) - The number of people killed in Sunday's bombing at a market "
      "in Quetta has risen to 31, officials said on Tuesday.",
      "2019-11-26");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2019-11-24");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, ADateBesideTollsOnlyIsTheTollsNotTheIncidents) {
  // 2019-11-26 is a Tuesday; the bombing was on Friday 22 November.
  auto ev = events(
      "A car bomb exploded at a market in Quetta on Friday, killing 20 people. The number of "
      "dead rose to 29 on Sunday night when a man hurt in the explosion died at a hospital in "
      "Karachi.",
      "2019-11-26");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date.iso(), "2019-11-22");
  EXPECT_EQ(ev[0].figures.size(), 2u);
}

TEST_F(EventFinderTest, AReportOpeningOnAnInquiryIsNotDatedByItsPublication) {
  auto ev = events(
      "When the minister stood up on Thursday and announced an inquiry into the Quetta bombing, "
      "there were tears among the families watching.\n\nThe bomb took 29 lives in Karachi that "
      "August afternoon in 1998.",
      "2023-02-03");
  for (const DocEvent& e : ev) EXPECT_NE(e.date.iso(), "2023");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, MinutesBeforeAnotherIncidentIsTheSameDay) {
  // 2019-11-22 is a Friday.
  auto ev = events(
      "A truck bomb exploded outside a ministry in Lahore on Friday, killing 60 people, minutes "
      "before another explosion struck a market in Quetta. In Quetta, the blast killed at "
      "least six people.",
      "2019-11-22");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(name(ev[1].location), "Quetta");
  EXPECT_EQ(ev[1].date.iso(), "2019-11-22");
  ASSERT_EQ(ev[1].figures.size(), 1u);
  EXPECT_EQ(ev[1].figures[0].figure.low, 6);
}

TEST_F(EventFinderTest, TheDaysAfterAnIncidentGiveNoInterval) {
  auto ev = events(
      "Three men drove a van into pedestrians in Leeds on 3 June 2017, killing eight people. The "
      "city showed its spirit in the days after the bombing, when a vigil in Bradford drew "
      "thousands.");
  for (const DocEvent& e : ev) EXPECT_NE(name(e.location), "Bradford");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, AClauseInAnotherMonthIsAnIncidentOfItsOwn) {
  auto ev = events(
      "A bomb exploded at a stadium in Quetta on 2 January 2017, killing 9 people. Last June, "
      "gunmen killed 41 people at a market in Quetta, and last month twin bombings killed 44 "
      "people outside a mosque in Quetta.",
      "2017-01-03");
  EXPECT_EQ(describe(ev, entities),
            "2017-01-02 Quetta bombing killed:9 | 2016-06 Quetta shooting killed:41 | 2016-12 "
            "Quetta bombing killed:44");
  ev = events(
      "Militants bombed a hotel in Lahore in August 2003, killing 12 people, and the British "
      "embassy in Lahore in September 2004, killing nine.");
  EXPECT_EQ(describe(ev, entities),
            "2003-08 Lahore bombing killed:12 | 2004-09 Lahore attack killed:9");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, SinceADateWhenOpensAnEarlierIncident) {
  // 2016-07-05 is a Tuesday.
  auto ev = events(
      "Sunday's bombing at a market in Quetta, which killed 80 people, was the deadliest since "
      "August 2007, when truck bombs destroyed two villages near Lahore, killing nearly 300 "
      "people.",
      "2016-07-05");
  EXPECT_EQ(describe(ev, entities),
            "2016-07-03 Quetta bombing killed:80 | 2007-08 Lahore bombing killed:300");
  // A duration: "since 2014" dates nothing.
  ev = events("Gunmen killed 12 people in Quetta, which has been attacked often since 2014.");
  for (const DocEvent& e : ev) EXPECT_NE(e.date.iso(), "2014");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_F(EventFinderTest, CarBombsAreAnIncidentEvenInAWar) {
  auto ev = events(
      "In March 2007, car bombs in Lahore killed more than 150 people in one afternoon, one of "
      "the bloodiest days of the war.");
  EXPECT_EQ(describe(ev, entities), "2007-03 Lahore bombing killed:150");
}

}  // namespace
}  // namespace dossier
