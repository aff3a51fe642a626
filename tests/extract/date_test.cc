#include "dossier/extract/date.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"

namespace dossier {
namespace {

// The dates of a one-sentence text as "iso[~]" (~ marks relative), joined by "; ".
std::string show(std::string_view text, std::string_view published = "") {
  const std::pair<std::uint32_t, std::uint32_t> whole{0, static_cast<std::uint32_t>(text.size())};
  std::string out;
  for (const DateMention& m : find_dates(text, {&whole, 1}, parse_iso_date(published))) {
    if (m.date.empty()) continue;  // a weekday or day without anchor: see the tests below
    if (!out.empty()) out += "; ";
    out += m.date.iso() + (m.relative ? "~" : "");
  }
  return out;
}

TEST(PartialDate, IsoAndPrecision) {
  EXPECT_EQ((PartialDate{2024, 3, 22}).iso(), "2024-03-22");
  EXPECT_EQ((PartialDate{2024, 3}).iso(), "2024-03");
  EXPECT_EQ((PartialDate{2024}).iso(), "2024");
  EXPECT_EQ(PartialDate{}.iso(), "");
  PartialDate decade{1980};
  decade.decade = true;
  EXPECT_EQ(decade.iso(), "1980");
  EXPECT_EQ(decade.precision(), DatePrecision::kDecade);
  EXPECT_EQ((PartialDate{2024, 3}).precision(), DatePrecision::kMonth);
  EXPECT_LT(DatePrecision::kYear, DatePrecision::kDay);
}

TEST(PartialDate, ParseIso) {
  EXPECT_EQ(parse_iso_date("2024-03-29"), (PartialDate{2024, 3, 29}));
  EXPECT_EQ(parse_iso_date("2024-03-29T10:00:00Z"), (PartialDate{2024, 3, 29}));
  EXPECT_EQ(parse_iso_date("2024-03"), (PartialDate{2024, 3}));
  EXPECT_TRUE(parse_iso_date("2023-02-29").empty());
  EXPECT_TRUE(parse_iso_date("March").empty());
}

TEST(Calendar, Arithmetic) {
  EXPECT_EQ(add_days(PartialDate{2024, 3, 1}, -1), (PartialDate{2024, 2, 29}));
  EXPECT_EQ(add_days(PartialDate{2023, 12, 31}, 1), (PartialDate{2024, 1, 1}));
  EXPECT_EQ(weekday(PartialDate{2024, 3, 22}), 4);  // Friday
}

TEST(Dates, Absolute) {
  EXPECT_EQ(show("It began in the evening of 22 March 2024."), "2024-03-22");
  EXPECT_EQ(show("On March 22, 2024, gunmen opened fire."), "2024-03-22");
  EXPECT_EQ(show("Filed Jan 3, 2024 by staff"), "2024-01-03");
  EXPECT_EQ(show("Filed Jan. 3, 2024 by staff"), "2024-01-03");
  EXPECT_EQ(show("the 22nd of March 2024"), "2024-03-22");
  EXPECT_EQ(show("Updated 2024-03-22 at noon"), "2024-03-22");
  EXPECT_EQ(show("Updated 22.03.2024"), "2024-03-22");
  EXPECT_EQ(show("Updated 22/03/2024"), "2024-03-22");
  EXPECT_EQ(show("It happened in March 2024."), "2024-03");
  EXPECT_EQ(show("Saturday, March 30, 2024"), "2024-03-30");
  // An impossible day keeps only what is certain.
  EXPECT_EQ(show("He died on 31 February 2024."), "2024-02");
  // A span of days dates from its first, with the span's year.
  EXPECT_EQ(show("The siege lasted from May 3-5, 2011, in the town.", "2019-06-01"), "2011-05-03");
  EXPECT_EQ(show("The siege lasted 3-5 May 2011.", "2019-06-01"), "2011-05-03");
}

TEST(Dates, YearsInContext) {
  EXPECT_EQ(show("It happened in 2019."), "2019");
  EXPECT_EQ(show("the siege of 2004"), "2004");
  EXPECT_EQ(show("the 2017 bombing of the metro"), "2017");
  EXPECT_EQ(show("a similar attack (2015) failed"), "2015");
  EXPECT_EQ(show("the 2004 Beslan siege"), "2004");
  EXPECT_EQ(show("at the beginning of 2024"), "2024");
  EXPECT_EQ(show("in the summer of 2021"), "2021");
  EXPECT_EQ(show("since 2015"), "2015");
  EXPECT_EQ(show("in mid-2023"), "2023");
  EXPECT_EQ(show("between 2015 and 2017"), "2015; 2017");
  EXPECT_EQ(show("in the 1980s"), "1980");
}

TEST(Dates, NumbersThatAreNotYears) {
  EXPECT_EQ(show("2,000 people fled"), "");
  EXPECT_EQ(show("about 2000 people fled"), "");
  EXPECT_EQ(show("killed 2000 people"), "");
  EXPECT_EQ(show("145 were hurt"), "");
}

TEST(Dates, PartialDatesTakeTheAnchorYear) {
  EXPECT_EQ(show("The March 22nd attack", "2024-03-29"), "2024-03-22~");
  EXPECT_EQ(show("on March 22 gunmen struck", "2024-03-29"), "2024-03-22~");
  EXPECT_EQ(show("on 3 Jan pilgrims gathered", "2024-03-29"), "2024-01-03~");
  EXPECT_EQ(show("in March the talks stalled", "2024-03-29"), "2024-03~");
  EXPECT_EQ(show("in November the talks stalled", "2024-03-29"), "2023-11~");
  EXPECT_EQ(show("last March", "2024-03-29"), "2023-03~");
  EXPECT_EQ(show("on March 22 gunmen struck"), "");
  EXPECT_EQ(show("The May 9 parade. It may rain."), "");
}

TEST(Dates, DeicticRelative) {
  const char* pub = "2024-03-29";  // a Friday
  EXPECT_EQ(show("yesterday", pub), "2024-03-28~");
  EXPECT_EQ(show("last night", pub), "2024-03-28~");
  EXPECT_EQ(show("on Friday", pub), "2024-03-29~");
  EXPECT_EQ(show("last Friday", pub), "2024-03-22~");
  EXPECT_EQ(show("on Tuesday", pub), "2024-03-26~");
  EXPECT_EQ(show("Friday's attack", pub), "2024-03-29~");
  EXPECT_EQ(show("last week's attack", pub), "2024-03~");
  EXPECT_EQ(show("last week", "2024-03-05"), "2024-02~");
  EXPECT_EQ(show("Earlier this week, a bomb went off.", pub), "2024-03~");
  EXPECT_EQ(show("last month", pub), "2024-02~");
  EXPECT_EQ(show("last month", "2024-01-10"), "2023-12~");
  EXPECT_EQ(show("last year", pub), "2023~");
  EXPECT_EQ(show("in the last year", pub), "");
  EXPECT_EQ(show("two years ago", pub), "2022~");
  EXPECT_EQ(show("yesterday"), "");
  EXPECT_EQ(show("yesterday", "2024"), "");
}

TEST(Dates, AnaphoricRelativeUsesTheText) {
  EXPECT_EQ(
      show("In 2017 a bomb hit the metro. The year before, a plane was downed.", "2024-03-29"),
      "2017; 2016~");
  EXPECT_EQ(show("It was in 2010. The previous year was calm."), "2010; 2009~");
  EXPECT_EQ(show("It was in 2010. The following year was worse."), "2010; 2011~");
}

TEST(Dates, TextAnchorWithoutPublication) {
  const std::string text = "The attack came on 22 March 2024. The day before, police were warned.";
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences = {{0, 33}, {34, 69}};
  auto dates = find_dates(text, sentences, PartialDate{});
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].date.iso(), "2024-03-22");
  EXPECT_FALSE(dates[0].relative);
  EXPECT_EQ(dates[1].date.iso(), "2024-03-21");
  EXPECT_EQ(text.substr(dates[1].start, dates[1].end - dates[1].start), "The day before");
  EXPECT_EQ(text.substr(dates[0].start, dates[0].end - dates[0].start), "22 March 2024");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(DateFinder, BareWeekdayCounts) {
  // 2016-06-15 is a Wednesday.
  EXPECT_EQ(show("A bomb Monday tore through the market.", "2016-06-15"), "2016-06-13~");
  EXPECT_EQ(show("Troops ended the siege Sunday at the hotel.", "2016-06-15"), "2016-06-12~");
  EXPECT_EQ(show("Crowds gathered for Friday prayers.", "2016-06-15"), "");
  EXPECT_EQ(show("Gunmen opened fire during Friday prayers.", "2016-06-15"), "2016-06-10~");
  EXPECT_EQ(show("Pilgrims marked Good Friday in the old town.", "2016-06-15"), "");
  EXPECT_EQ(show("A van hit cyclists in Lower Manhattan Tuesday.", "2016-06-15"), "2016-06-14~");
}

TEST(DateFinder, ADayAndTheYearNamedAfterIt) {
  EXPECT_EQ(show("The attack on February 14 last year killed 40 troops.", "2020-08-26"),
            "2019-02-14~");
  EXPECT_EQ(show("The attack on 14 February last year killed 40 troops.", "2020-08-26"),
            "2019-02-14~");
  EXPECT_EQ(show("The attack on February 14 this year killed 40 troops.", "2020-08-26"),
            "2020-02-14~");
}

TEST(DateFinder, TheMonthOfAnIncident) {
  EXPECT_EQ(show("He was linked to the November attacks in Paris.", "2016-01-21"), "2015-11~");
  EXPECT_EQ(show("He met the November committee.", "2016-01-21"), "");
}

TEST(DateFinder, DayWithoutAnchorKeepsMonthAndDay) {
  const std::string text = "The blast on March 4 shook the town.";
  const std::pair<std::uint32_t, std::uint32_t> whole{0, static_cast<std::uint32_t>(text.size())};
  auto dates = find_dates(text, {&whole, 1}, PartialDate{});
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].date.empty());
  EXPECT_EQ(dates[0].month_day, 304);
}

TEST(DateFinder, WeekdayWithoutAnchorKeepsTheWeekday) {
  const std::string text = "Gunmen stormed the station on Saturday.";
  const std::pair<std::uint32_t, std::uint32_t> whole{0, static_cast<std::uint32_t>(text.size())};
  auto dates = find_dates(text, {&whole, 1}, PartialDate{});
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].date.empty());
  EXPECT_EQ(dates[0].weekday, 5);
  dates = find_dates(text, {&whole, 1}, parse_iso_date("2016-06-15"));
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].date.iso(), "2016-06-11");
  EXPECT_EQ(dates[0].weekday, 5);
}

}  // namespace
}  // namespace dossier
