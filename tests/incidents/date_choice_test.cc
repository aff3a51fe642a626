#include "dossier/incidents/date_choice.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "dossier/incidents/cue_words.h"

namespace dossier {
namespace {

// 2024-05-08 is a Wednesday.
constexpr PartialDate kPublished{2024, 5, 8};

struct Proposal {
  std::string text;
  Segmentation seg;
  std::vector<DateOption> options;
};

Proposal propose(std::string text, PartialDate published = kPublished, PartialDate rule = {},
                 std::string rule_how = "", std::string country = "US") {
  Proposal p{std::move(text), {}, {}};
  p.seg = segment(p.text);
  p.options = propose_dates(p.text, p.seg, published, rule, rule_how, country);
  return p;
}

const DateOption* find(const Proposal& p, const std::string& kind) {
  for (const DateOption& o : p.options)
    if (o.kind == kind) return &o;
  return nullptr;
}

bool has_feature(const DateOption& o, const std::string& f) {
  return std::find(o.candidate.features.begin(), o.candidate.features.end(), f) !=
         o.candidate.features.end();
}

TEST(DateChoice, ThePublicationDayComesFirst) {
  const Proposal p = propose("A man was shot Tuesday night on Elm Street.");
  ASSERT_FALSE(p.options.empty());
  EXPECT_EQ(p.options[0].kind, "pub");
  EXPECT_EQ(p.options[0].date.iso(), "2024-05-08");
}

TEST(DateChoice, AWeekdayIsTheLastSuchDayBeforePublication) {
  const Proposal p = propose("A man was shot Tuesday night on Elm Street.");
  const DateOption* w = find(p, "weekday");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->date.iso(), "2024-05-07");
  EXPECT_EQ(p.text.substr(w->start, w->end - w->start), "Tuesday");
  EXPECT_TRUE(has_feature(*w, "weekday&incident_cue"));
  EXPECT_TRUE(has_feature(*w, "weekday&time_of_day"));
  EXPECT_TRUE(has_feature(*w, "pos=s0"));
}

TEST(DateChoice, YesterdayAndThisMorning) {
  const Proposal y = propose("Two people were wounded in a shooting yesterday.");
  ASSERT_NE(find(y, "yesterday"), nullptr);
  EXPECT_EQ(find(y, "yesterday")->date.iso(), "2024-05-07");
  const Proposal t = propose("Police said a woman was shot this morning.");
  // "this morning" is the publication day: its option is the publication date's.
  ASSERT_EQ(t.options[0].kind, "pub");
  EXPECT_TRUE(has_feature(t.options[0], "kind=today"));
}

TEST(DateChoice, NeverAfterPublicationNorADayToCome) {
  const Proposal p =
      propose("The shooting happened on May 20, 2024. He is expected to appear in court Friday.");
  for (const DateOption& o : p.options) {
    EXPECT_NE(o.date.iso(), "2024-05-20");
    EXPECT_NE(o.date.iso(), "2024-05-03");  // the Friday before: the hearing is to come
  }
}

TEST(DateChoice, AMonthTheReportNamesIsAnOption) {
  const Proposal p =
      propose("A man was sentenced Tuesday for the June 2023 shooting on Elm Street.");
  const DateOption* month = find(p, "month");
  ASSERT_NE(month, nullptr);
  EXPECT_EQ(month->date, (PartialDate{2023, 6, 0}));
  EXPECT_TRUE(has_feature(*month, "months_before=2+"));
  EXPECT_TRUE(has_feature(*month, "month&aftermath_cue"));
  // Never a month after publication's.
  EXPECT_EQ(find(propose("The trial is set for June 2024."), "month"), nullptr);
}

TEST(DateChoice, KeepingTheRulesCoarserDateIsAnOption) {
  const Proposal p = propose("The siege lasted three days.", kPublished, PartialDate{2004, 9, 0},
                             "stated: \"September 2004\"");
  const DateOption* keep = find(p, "keep");
  ASSERT_NE(keep, nullptr);
  EXPECT_EQ(keep->date.iso(), "2004-09");
  EXPECT_TRUE(has_feature(*keep, "keep=month"));
  EXPECT_TRUE(has_feature(*keep, "keep&rule=stated"));
  // The publication day lies outside the rules' month.
  EXPECT_TRUE(has_feature(p.options[0], "outside_rule"));
}

TEST(DateChoice, AnUndatedReportMayStayUndated) {
  const Proposal p = propose("Gunmen stormed the hall on March 22, 2024.", PartialDate{});
  const DateOption* keep = find(p, "keep");
  ASSERT_NE(keep, nullptr);
  EXPECT_TRUE(keep->date.empty());
  EXPECT_TRUE(has_feature(*keep, "keep=none"));
  ASSERT_NE(find(p, "full"), nullptr);
  EXPECT_EQ(find(p, "full")->date.iso(), "2024-03-22");
  EXPECT_EQ(find(p, "pub"), nullptr);
}

TEST(DateChoice, FeaturesAreAlsoJoinedToTheKindOfReport) {
  const Proposal us = propose("A man was shot Tuesday.");
  EXPECT_TRUE(has_feature(us.options[0], "pub"));
  EXPECT_TRUE(has_feature(us.options[0], "pub@US"));
  const Proposal abroad = propose("A bomb exploded Tuesday.", kPublished, {}, "", "PK");
  EXPECT_TRUE(has_feature(abroad.options[0], "pub@abroad"));
  const Proposal unplaced = propose("A bomb exploded Tuesday.", kPublished, {}, "", "");
  EXPECT_TRUE(has_feature(unplaced.options[0], "pub@unplaced"));
}

TEST(CueWords, LowerWordsKeepTimesAndApostrophes) {
  EXPECT_EQ(lower_words("At 9 a.m. Tuesday, O'Brien's"),
            (std::vector<std::string>{"at", "9", "a.m.", "tuesday", "o'brien's"}));
}

TEST(CueWords, WhatReportsAnIncident) {
  for (const char* s :
       {"A man was shot and killed on Elm Street.", "Gunfire erupted at a party.",
        "He was found with a gunshot wound.", "A gunman opened fire on the crowd.",
        "Police are calling it a murder-suicide.", "The standoff has killed one officer.",
        "A boy was accidentally shot by his brother."})
    EXPECT_TRUE(reports_incident(lower_words(s))) << s;
  for (const char* s : {"He was sentenced to 20 years in prison on Monday.",
                        "The city council approved the budget."})
    EXPECT_FALSE(reports_incident(lower_words(s))) << s;
  EXPECT_TRUE(is_follow_up_word("arraigned"));
  EXPECT_TRUE(is_time_of_day_word("midnight"));
  EXPECT_TRUE(is_incident_cue("gunfire"));
}

}  // namespace
}  // namespace dossier
