#include "dossier/analyze/figure_analysis.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

// Claims about incident 1's dead, listed oldest report first as read_figure_claims()
// orders them.
class FigureAnalysisTest : public ::testing::Test {
 protected:
  // One document reporting figures (low, qualifier).
  void report(int doc, const char* published, std::vector<std::pair<int, const char*>> figures) {
    for (auto [v, q] : figures)
      claims.push_back({1, "killed", {doc, published, v, v, q, "text", "text of the report"}});
  }
  std::vector<IncidentClaim> claims;
};

TEST_F(FigureAnalysisTest, ExactTotalsThatDifferConflict) {
  report(1, "2024-03-23", {{144, "exact"}});
  report(3, "2024-03-25", {{130, "at_least"}});
  report(2, "2024-03-29", {{139, "exact"}});
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].conflict);
  EXPECT_EQ(r[0].claims.front().published, "2024-03-23");
  EXPECT_EQ(r[0].claims.back().published, "2024-03-29");
  EXPECT_EQ(r[0].best_low, 130);
  EXPECT_EQ(r[0].range_low, 130);
  EXPECT_EQ(r[0].range_high, 144);
  ASSERT_EQ(r[0].groups.size(), 3u);
  EXPECT_EQ(r[0].groups[0].documents, std::vector<std::int64_t>{1});
  EXPECT_EQ(analyze_claims(claims, EstimatePolicy::kLatest)[0].best_low, 139);
}

TEST_F(FigureAnalysisTest, ApproximateFiguresCorroborate) {
  report(1, "2024-01-04", {{100, "about"}});
  report(2, "2024-01-05", {{94, "exact"}});
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].conflict);
  EXPECT_EQ(r[0].corroboration, 2);
}

TEST_F(FigureAnalysisTest, AReportClaimsItsLargestFigure) {
  report(1, "2021-08-27", {{22, "exact"}, {14, "exact"}});  // 22 killed, including 14 ...
  report(2, "2021-08-28", {{22, "exact"}});
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  EXPECT_FALSE(r[0].conflict);
  EXPECT_EQ(r[0].groups.size(), 1u);
  EXPECT_EQ(r[0].range_low, 14);
  report(3, "2021-08-29", {{14, "exact"}});
  EXPECT_TRUE(analyze_claims(claims, EstimatePolicy::kConservative)[0].conflict);
}

TEST_F(FigureAnalysisTest, EachIncidentAndMeasureIsOneReport) {
  report(1, "2021-08-27", {{13, "exact"}});
  claims.push_back({1, "injured", {1, "2021-08-27", 20, 20, "exact", "20", "20 hurt"}});
  claims.push_back({2, "killed", {1, "2021-08-27", 3, 3, "exact", "3", "3 dead"}});
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].measure, "injured");
  EXPECT_EQ(r[2].event, 2);
}

// A wounded claim of incident 1 by document `doc`: people hit (the dead perhaps among them)
// or survivors.
IncidentClaim wounded(int doc, int value, bool hit) {
  FigureClaim c{doc, "2016-05-01", value, value, "exact", "text", "text of the report"};
  c.hit = hit;
  return {1, "wounded", c};
}

TEST_F(FigureAnalysisTest, PeopleHitLeaveOutTheDeadOfTheirReport) {
  report(1, "2016-05-01", {{1, "exact"}});  // "two men were shot; one died"
  report(2, "2016-05-02", {{1, "exact"}});  // "a man was shot and later died"
  claims.push_back(wounded(1, 2, true));
  claims.push_back(wounded(2, 1, true));
  // "a man was shot", told before the others said he died: the incident's dead.
  claims.push_back(wounded(3, 1, true));
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 2u);
  // Documents 2 and 3 have none left once the dead are out: only document 1 counts.
  ASSERT_EQ(r[1].groups.size(), 1u);
  EXPECT_EQ(r[1].groups[0].low, 1);  // two hit, one dead
  EXPECT_EQ(r[1].groups[0].documents, (std::vector<std::int64_t>{1}));
  EXPECT_EQ(r[1].best_low, 1);
  EXPECT_EQ(r[1].range_high, 2);  // what was reported stays as it was
}

TEST_F(FigureAnalysisTest, WhenEveryReportsHitAreTheDeadNoneAreWounded) {
  report(1, "2016-05-01", {{1, "exact"}});  // "a boy was shot and later died"
  claims.push_back(wounded(1, 1, true));
  claims.push_back(wounded(2, 1, true));  // "a boy was shot", the day before
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].best_low, 0);
  EXPECT_EQ(r[1].best_high, 0);
}

TEST_F(FigureAnalysisTest, SurvivorsOfAReportOutweighItsHitLessDead) {
  report(1, "2016-05-01", {{1, "exact"}});
  claims.push_back(wounded(1, 1, true));   // "the boy was shot"
  claims.push_back(wounded(1, 1, false));  // "his sister was wounded"
  auto r = analyze_claims(claims, EstimatePolicy::kConservative);
  EXPECT_EQ(r[1].best_low, 1);
}

TEST(ParsePolicy, KnowsTwoNames) {
  EstimatePolicy p = EstimatePolicy::kLatest;
  EXPECT_TRUE(parse_policy("conservative", &p));
  EXPECT_EQ(p, EstimatePolicy::kConservative);
  EXPECT_TRUE(parse_policy("latest", &p));
  EXPECT_EQ(p, EstimatePolicy::kLatest);
  EXPECT_FALSE(parse_policy("newest", &p));
}

}  // namespace
}  // namespace dossier
