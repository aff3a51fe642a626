#include "dossier/pipeline/event_index.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

EventKey key(std::int64_t id, PartialDate date, std::int64_t place, std::string country,
             std::vector<std::int64_t> perps = {}) {
  return {id, date, place, std::move(country), std::move(perps)};
}

TEST(EventIndex, SameDayAndCountryJoin) {
  EventIndex index;
  index.add(key(1, {2024, 3, 22}, 10, "RU"));
  std::string rule;
  EXPECT_EQ(index.find(key(0, {2024, 3, 22}, 11, "RU"), &rule), 1);
  EXPECT_EQ(rule, "same date and country");
  EXPECT_EQ(index.find(key(0, {2024, 3, 0}, 10, "RU"), &rule), 1);
  EXPECT_EQ(rule, "same date and place");
}

TEST(EventIndex, DifferentIncidentsStayApart) {
  EventIndex index;
  index.add(key(1, {2017, 0, 0}, 20, "RU"));  // St Petersburg metro
  std::string rule;
  EXPECT_EQ(index.find(key(0, {2017, 0, 0}, 30, "TR"), &rule), 0);  // Istanbul
  EXPECT_EQ(index.find(key(0, {2017, 0, 0}, 21, "RU"), &rule), 0);  // same year, other city
  EXPECT_EQ(index.find(key(0, {2016, 0, 0}, 20, "RU"), &rule), 0);
}

TEST(EventIndex, UndatedEventsAreLeftToMatchUndated) {
  EventIndex index;
  index.add(key(1, {2024, 3, 22}, 10, "RU", {5}));
  index.add(key(2, {}, 11, "RU", {5}));
  std::string rule;
  EXPECT_EQ(index.find(key(0, {}, 10, "RU", {5}), &rule), 0);
  EXPECT_EQ(index.find(key(0, {2024, 3, 22}, 11, "RU", {5}), &rule), 1);
  EXPECT_EQ(rule, "same date and country");
}

TEST(EventIndex, DatesCompatibleWhenOneContainsTheOther) {
  EXPECT_TRUE(dates_compatible({2024, 0, 0}, {2024, 3, 22}));
  EXPECT_TRUE(dates_compatible({2024, 3, 0}, {2024, 3, 22}));
  EXPECT_FALSE(dates_compatible({2024, 3, 23}, {2024, 3, 22}));
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(EventIndex, AYearJoinsOnlyTheSamePlaceAndOnlyOneCandidate) {
  EventIndex index;
  index.add(key(1, {2014, 4, 14}, 10, "NG"));   // one town
  index.add(key(2, {2014, 11, 28}, 20, "NG"));  // another town
  std::string rule;
  EXPECT_EQ(index.find(key(0, {2014, 0, 0}, 30, "NG"), &rule), 0);  // same country only
  EXPECT_EQ(index.find(key(0, {2014, 0, 0}, 20, "NG"), &rule), 2);
  EXPECT_EQ(rule, "same date and place");
  index.add(key(3, {2014, 6, 2}, 20, "NG"));  // a second incident in that town
  EXPECT_EQ(index.find(key(0, {2014, 0, 0}, 20, "NG"), &rule), 0);
  EXPECT_EQ(index.find(key(0, {2014, 6, 2}, 20, "NG"), &rule), 3);
}

TEST(EventIndex, ThePlaceADayApartJoins) {
  EventIndex index;
  index.add(key(1, {2016, 3, 12}, 10, "US"));
  std::string rule;
  EXPECT_EQ(index.find(key(0, {2016, 3, 13}, 10, "US"), &rule), 1);  // "early Sunday"
  EXPECT_EQ(rule, "same place, a day apart");
  EXPECT_EQ(index.find(key(0, {2016, 3, 14}, 10, "US"), &rule), 0);  // two days
  EXPECT_EQ(index.find(key(0, {2016, 3, 13}, 11, "US"), &rule), 0);  // another town
}

TEST(EventIndex, PlacesFarApartJoinOnlyByAPerpetrator) {
  EventIndex index;
  EventKey chicago = key(1, {2016, 3, 12}, 10, "US");
  chicago.has_point = true;
  chicago.lat = 41.88;
  chicago.lon = -87.63;
  index.add(chicago);
  EventKey memphis = key(0, {2016, 3, 12}, 11, "US");
  memphis.has_point = true;
  memphis.lat = 35.15;
  memphis.lon = -90.05;
  std::string rule;
  EXPECT_EQ(index.find(memphis, &rule), 0);
  EventKey suburb = memphis;  // 20 km from the first
  suburb.lat = 41.85;
  suburb.lon = -87.87;
  EXPECT_EQ(index.find(suburb, &rule), 1);
  EXPECT_EQ(rule, "same date and country");
}

TEST(EventIndex, PlacesWithoutPointsInTwoRegionsStayApart) {
  EventIndex index;
  EventKey county = key(1, {2016, 3, 12}, 10, "US");  // a county: a region, no point
  county.region = "North Carolina";
  index.add(county);
  EventKey ohio = key(0, {2016, 3, 12}, 11, "US");
  ohio.region = "Ohio";
  ohio.has_point = true;
  ohio.lat = 39.96;
  ohio.lon = -83.0;
  std::string rule;
  EXPECT_EQ(index.find(ohio, &rule), 0);
  EventKey town = ohio;  // a town of the same state joins by the day, as before
  town.region = "North Carolina";
  EXPECT_EQ(index.find(town, &rule), 1);
  EXPECT_EQ(rule, "same date and country");
}

TEST(EventIndex, TheSameVictimWeeksLaterJoins) {
  EventIndex index;
  EventKey shooting = key(1, {2016, 3, 12}, 10, "US");
  shooting.victims = {70};
  index.add(shooting);
  index.add(key(2, {2016, 4, 1}, 10, "US"));  // the same street, another incident
  EventKey charges = key(0, {2016, 4, 1}, 12, "US");  // "Jane Roe, 41, was killed"
  charges.victims = {70};
  std::string rule;
  EXPECT_EQ(index.find(charges, &rule), 1);
  EXPECT_EQ(rule, "same victim");
  EventKey later = charges;  // half a year on: a trial, not a follow-up
  later.date = {2016, 9, 20};
  EXPECT_EQ(index.find(later, &rule), 0);
  EventKey other = charges;  // another victim, two days after the second incident
  other.victims = {71};
  other.date = {2016, 4, 3};
  EXPECT_EQ(index.find(other, &rule), 0);
}

}  // namespace
}  // namespace dossier
