#include "dossier/analyze/figure_analysis.h"

#include <gtest/gtest.h>

#include "dossier/store/statement.h"

namespace dossier {
namespace {

// A minimal schema holding the columns the analysis reads.
class FigureAnalysisTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
    exec(
        db,
        "CREATE TABLE documents(id INTEGER PRIMARY KEY, published TEXT, text TEXT);"
        "CREATE TABLE doc_events(id INTEGER PRIMARY KEY, document INTEGER, event INTEGER);"
        "CREATE TABLE figures(id INTEGER PRIMARY KEY, doc_event INTEGER, measure TEXT, low INTEGER,"
        " high INTEGER, qualifier TEXT, start INTEGER, end INTEGER, sentence_start INTEGER,"
        " sentence_end INTEGER, attributed_to TEXT, hedges TEXT);");
  }
  void TearDown() override { sqlite3_close(db); }
  // One document reporting figures (low, qualifier) for event 1.
  void report(int doc, const char* published, std::vector<std::pair<int, const char*>> figures) {
    Statement(db, "INSERT INTO documents VALUES (?, ?, 'text of the report')")
        .bind_all(doc, std::string(published))
        .run();
    Statement(db, "INSERT INTO doc_events VALUES (?, ?, 1)").bind_all(doc, doc).run();
    for (auto [v, q] : figures)
      Statement(db,
                "INSERT INTO figures(doc_event, measure, low, high, qualifier, start, end,"
                " sentence_start, sentence_end, attributed_to, hedges)"
                " VALUES (?, 'killed', ?, ?, ?, 0, 4, 0, 18, '', '')")
          .bind_all(doc, v, v, std::string(q))
          .run();
  }
  sqlite3* db = nullptr;
};

TEST_F(FigureAnalysisTest, ExactTotalsThatDifferConflictOldestFirst) {
  report(2, "2024-03-29", {{139, "exact"}});
  report(1, "2024-03-23", {{144, "exact"}});
  report(3, "2024-03-25", {{130, "at_least"}});
  auto r = analyze_figures(db, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_TRUE(r[0].conflict);
  EXPECT_EQ(r[0].claims.front().published, "2024-03-23");
  EXPECT_EQ(r[0].claims.back().published, "2024-03-29");
  EXPECT_EQ(r[0].best_low, 130);
  EXPECT_EQ(r[0].range_low, 130);
  EXPECT_EQ(r[0].range_high, 144);
  EXPECT_EQ(analyze_figures(db, EstimatePolicy::kLatest)[0].best_low, 139);
}

TEST_F(FigureAnalysisTest, ApproximateFiguresCorroborate) {
  report(1, "2024-01-04", {{100, "about"}});
  report(2, "2024-01-05", {{94, "exact"}});
  auto r = analyze_figures(db, EstimatePolicy::kConservative);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].conflict);
  EXPECT_EQ(r[0].corroboration, 2);
}

TEST_F(FigureAnalysisTest, AReportClaimsItsLargestFigure) {
  report(1, "2021-08-27", {{22, "exact"}, {14, "exact"}});  // 22 killed, including 14 ...
  report(2, "2021-08-28", {{22, "exact"}});
  EXPECT_FALSE(analyze_figures(db, EstimatePolicy::kConservative)[0].conflict);
  report(3, "2021-08-29", {{14, "exact"}});
  EXPECT_TRUE(analyze_figures(db, EstimatePolicy::kConservative)[0].conflict);
}

}  // namespace
}  // namespace dossier
