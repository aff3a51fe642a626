#include "dossier/extract/undated_match.h"

#include <gtest/gtest.h>

#include "dossier/extract/site_kinds.h"

namespace dossier {
namespace {

IncidentFacts incident(std::int64_t id, PartialDate date, std::int64_t place, bool city,
                       std::string type = "bombing", std::vector<std::int64_t> perps = {}) {
  IncidentFacts f;
  f.id = id;
  f.date = date;
  f.location = place;
  f.location_is_city = city;
  f.country = "XA";
  f.type = std::move(type);
  f.perpetrators = std::move(perps);
  return f;
}

TEST(MatchUndated, TheOnlyDatedIncidentOfThePlaceIsTaken) {
  std::vector<IncidentFacts> dated = {incident(1, {2016, 6, 15}, 10, true),
                                      incident(2, {2015, 1, 3}, 20, true)};
  std::string rule;
  EXPECT_EQ(match_undated(incident(9, {}, 10, true), dated, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place");
  // A venue of unknown city in the same country fits both: no decision.
  EXPECT_EQ(match_undated(incident(9, {}, 30, false), dated, &rule), 0);
  // Another country: none.
  IncidentFacts elsewhere = incident(9, {}, 40, true);
  elsewhere.country = "XB";
  EXPECT_EQ(match_undated(elsewhere, dated, &rule), 0);
  // The same place fits though no lexicon gives it a country (a station the tagger found).
  std::vector<IncidentFacts> station = {incident(3, {2010, 3, 29}, 50, false)};
  station[0].country.clear();
  IncidentFacts again = incident(9, {}, 50, false);
  again.country.clear();
  EXPECT_EQ(match_undated(again, station, &rule), 3);
}

TEST(MatchUndated, TheSameTollBeforeFiguresWithinAFactor) {
  std::vector<IncidentFacts> dated = {incident(1, {2018, 1, 20}, 10, true),
                                      incident(2, {2018, 1, 27}, 10, true)};
  add_count(&dated[0], "killed", 22);
  add_count(&dated[1], "killed", 17);
  IncidentFacts u = incident(9, {}, 10, true, "hostage-taking");
  add_count(&u, "killed", 22);
  std::string rule;
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and toll");
  // 21 is within a factor of three of both: no decision.
  u.figures.clear();
  add_count(&u, "killed", 21);
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
}

TEST(MatchUndated, PlacesFarApartAreDifferentIncidents) {
  // An airport 35 km from the city fits; a city 900 km away does not, though neither place
  // is a city of the dated incident.
  IncidentFacts airport = incident(1, {2011, 1, 24}, 10, false);
  airport.has_point = true;
  airport.lat = 55.41;
  airport.lon = 37.90;
  std::vector<IncidentFacts> dated = {airport};
  IncidentFacts capital = incident(9, {}, 20, true), far = incident(9, {}, 30, true);
  capital.has_point = far.has_point = true;
  capital.lat = 55.75;
  capital.lon = 37.62;
  far.lat = 48.71;
  far.lon = 44.51;
  std::string rule;
  EXPECT_EQ(match_undated(capital, dated, &rule), 1);
  EXPECT_EQ(match_undated(far, dated, &rule), 0);
}

TEST(MatchUndated, WeekdayPerpetratorAndTypeBreakTies) {
  // 2016-06-15 is a Wednesday, 2016-06-18 a Saturday.
  std::vector<IncidentFacts> dated = {incident(1, {2016, 6, 15}, 10, true, "bombing", {7}),
                                      incident(2, {2016, 6, 18}, 10, true, "attack", {8})};
  std::string rule;
  IncidentFacts u = incident(9, {}, 10, true);
  EXPECT_EQ(match_undated(u, dated, &rule), 1);  // same type
  EXPECT_EQ(rule, "undated: the only dated incident of this place and type");
  u.weekdays = 1u << 5;
  EXPECT_EQ(match_undated(u, dated, &rule), 2);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and weekday");
  u.weekdays = 0;
  u.perpetrators = {8};
  EXPECT_EQ(match_undated(u, dated, &rule), 2);
  u.perpetrators.clear();
  u.type = "shooting";
  EXPECT_EQ(match_undated(u, dated, &rule), 0);  // two fit, nothing tells them apart
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, DayOfTheYearAndFiguresBreakTies) {
  IncidentFacts a, b, u;
  a.id = 1, b.id = 2;
  a.date = {2011, 1, 24}, b.date = {2010, 3, 29};
  a.country = b.country = u.country = "XA";
  a.type = b.type = u.type = "bombing";
  add_count(&a, "killed", 37);
  add_count(&b, "killed", 40);
  std::string rule;
  u.month_days = {124};
  EXPECT_EQ(match_undated(u, {a, b}, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and day of the year");
  u.month_days.clear();
  EXPECT_EQ(match_undated(u, {a, b}, &rule), 0);
  add_count(&u, "killed", 35);
  EXPECT_EQ(match_undated(u, {a, b}, &rule), 0);  // 35 killed agrees with both
  b.figures = {{"killed", 11}};
  EXPECT_EQ(match_undated(u, {a, b}, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and figures");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, TheKindOfSiteBreaksTies) {
  // Two incidents in one city a week apart; the undated report names a hotel.
  std::vector<IncidentFacts> dated = {incident(1, {2019, 2, 9}, 10, true, "attack"),
                                      incident(2, {2019, 2, 16}, 10, true, "bombing")};
  dated[0].site_kinds = kSiteHotel | kSiteCrowd;
  dated[1].site_kinds = kSiteMetro;
  IncidentFacts u = incident(9, {}, 10, true, "shooting");
  std::string rule;
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
  u.site_kinds = kSiteHotel;
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and kind of site");
  u.site_kinds = kSiteHotel | kSiteMetro;  // names both kinds: no decision
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
}

TEST(MatchUndated, TheWeekdayAfterTheIncidentFits) {
  // 2019-02-09 is a Saturday: a siege that "ended Sunday" began on it.
  std::vector<IncidentFacts> dated = {incident(1, {2019, 2, 9}, 10, true)};
  IncidentFacts u = incident(9, {}, 10, true);
  std::string rule;
  u.weekdays = 1u << 6;  // Sunday
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and weekday");
  u.weekdays = 1u << 0;  // Monday: two days on
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
  u.weekdays = 1u << 4;  // Friday: the day before
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
}

TEST(MatchUndated, AMonthPreciseIncidentFitsAWeekdayOnlyWhenNoDayDoes) {
  // 2019-02-12 is a Tuesday; the other incident is known to the month only.
  std::vector<IncidentFacts> dated = {incident(1, {2019, 2, 12}, 10, true),
                                      incident(2, {2019, 3}, 10, true)};
  IncidentFacts u = incident(9, {}, 10, true);
  u.weekdays = 1u << 1;  // Tuesday: the day-dated incident
  std::string rule;
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  u.weekdays = 1u << 4;  // Friday: the day-dated one cannot be it, the other can
  EXPECT_EQ(match_undated(u, dated, &rule), 2);
  dated.push_back(incident(3, {2019, 2, 22}, 10, true));  // a Friday
  EXPECT_EQ(match_undated(u, dated, &rule), 3);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, TheVerySiteDecidesButNotTheSameCity) {
  // A station (20) of a city and the city itself (10): a report at the station is the
  // station's incident; a report of the city is either.
  std::vector<IncidentFacts> dated = {incident(1, {2012, 5, 2}, 20, false),
                                      incident(2, {2014, 7, 9}, 10, true)};
  std::string rule;
  EXPECT_EQ(match_undated(incident(9, {}, 20, false), dated, &rule), 1);
  EXPECT_EQ(rule, "undated: the only dated incident of this place and very place");
  EXPECT_EQ(match_undated(incident(9, {}, 10, true, "shooting"), dated, &rule), 0);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, AnUnplacedIncidentIsTheOneOfItsPerpetrator) {
  std::vector<IncidentFacts> dated = {incident(1, {2019, 6, 2}, 10, true, "attack", {7}),
                                      incident(2, {2019, 8, 9}, 20, true, "attack", {5, 8})};
  IncidentFacts u = incident(9, {}, 0, false, "attack", {8});
  u.country.clear();
  std::string rule;
  EXPECT_EQ(match_undated(u, dated, &rule), 2);
  EXPECT_EQ(rule, "undated and unplaced: the only dated incident of this perpetrator");
  u.perpetrators = {9};
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
  // A perpetrator learnt from a report that joined incident 1 counts from then on.
  IncidentFacts joined = incident(3, {}, 10, true, "attack", {9});
  absorb(&dated[0], joined);
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  u.perpetrators = {5};
  dated[0].perpetrators.push_back(5);
  EXPECT_EQ(match_undated(u, dated, &rule), 0);  // two incidents of one group
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, SubdivisionsTellPlacesWithoutPointsApart) {
  std::vector<IncidentFacts> dated = {incident(1, {2010, 3, 29}, 10, true)};
  dated[0].region = "Capital District";
  IncidentFacts u = incident(9, {}, 30, false);  // a region of the country, no point
  u.region = "Mountain Province";
  std::string rule;
  EXPECT_EQ(match_undated(u, dated, &rule), 0);
  u.region = "Capital District";
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
  // Two points close together fit whatever their subdivisions (a city and its airport).
  u.region = "Mountain Province";
  u.has_point = dated[0].has_point = true;
  u.lat = dated[0].lat = 40.0;
  u.lon = 30.2;
  dated[0].lon = 30.0;
  EXPECT_EQ(match_undated(u, dated, &rule), 1);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MatchUndated, SaysWhyAnUndatedIncidentIsKeptApart) {
  std::vector<IncidentFacts> dated = {incident(4, {2016, 6, 15}, 10, true, "bombing"),
                                      incident(9, {2016, 6, 18}, 10, true, "bombing")};
  std::string rule;
  EXPECT_EQ(match_undated(incident(1, {}, 10, true, "bombing"), dated, &rule), 0);
  EXPECT_EQ(rule,
            "kept apart: undated, and 2 dated incidents of this place that nothing tells apart: "
            "v4 v9");
  IncidentFacts elsewhere = incident(1, {}, 40, true);
  elsewhere.country = "XB";
  EXPECT_EQ(match_undated(elsewhere, dated, &rule), 0);
  EXPECT_EQ(rule, "kept apart: undated, and no dated incident of this place");
}

}  // namespace
}  // namespace dossier
