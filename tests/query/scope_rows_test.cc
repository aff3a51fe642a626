// What the exports read of a scope (query/scope_*.h, query/stix_source.h), on the
// hand-made store of small_store.h.
#include <gtest/gtest.h>

#include "../small_store.h"
#include "dossier/query/export_scope.h"
#include "dossier/query/scope_incidents.h"

namespace dossier {
namespace {

template <typename Row, typename ForEach>
std::vector<Row> collect(ForEach for_each) {
  std::vector<Row> rows;
  for_each([&](const Row& row) { rows.push_back(row); });
  return rows;
}

std::vector<IncidentRow> incidents(Store& store, ExportFilter filter = {}) {
  ExportScope scope(store, filter, ExportSubject::kIncidents);
  return collect<IncidentRow>(
      [&](auto visit) { for_each_scope_incident(store, EstimatePolicy::kConservative, visit); });
}

TEST(ScopeIncidents, EachIncidentWithItsActorsReportsAndEstimates) {
  test::SmallStore s;
  std::vector<IncidentRow> rows = incidents(s.store());
  ASSERT_EQ(rows.size(), 2u);
  const IncidentRow& v1 = rows[0];
  EXPECT_EQ(v1.id, 1);
  EXPECT_EQ(v1.name, "Brussels bombing");
  EXPECT_EQ(v1.date, "2016-03-22");
  EXPECT_EQ(v1.precision, "day");
  EXPECT_EQ(v1.country, "BE");
  ASSERT_TRUE(v1.place);
  EXPECT_EQ(v1.place->name, "Brussels");
  EXPECT_EQ(*v1.latitude, 50.85);
  EXPECT_EQ(*v1.longitude, 4.35);
  ASSERT_EQ(v1.perpetrators.size(), 1u);  // named in both reports, listed once
  EXPECT_EQ(v1.perpetrators[0].name, "Islamic State");
  EXPECT_TRUE(v1.targets.empty());
  EXPECT_EQ(v1.documents, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(v1.sources, (std::vector<std::string>{"https://example.org/a", "b.txt"}));
  ASSERT_EQ(v1.estimates.size(), 1u);
  EXPECT_EQ(v1.estimates[0].best_low, 10);
  EXPECT_TRUE(v1.estimates[0].conflict);
  const IncidentRow& v2 = rows[1];
  EXPECT_EQ(v2.precision, "");
  EXPECT_FALSE(v2.place);
  EXPECT_FALSE(v2.latitude);
  EXPECT_EQ(v2.sources, std::vector<std::string>{"b.txt"});
  EXPECT_TRUE(v2.estimates.empty());
}

TEST(ScopeIncidents, OnlyThoseInScope) {
  test::SmallStore s;
  ExportFilter attacks;
  attacks.type = "attack";
  std::vector<IncidentRow> rows = incidents(s.store(), attacks);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].id, 2);
}

TEST(ScopeIncidents, DatePrecisionFollowsTheLength) {
  EXPECT_EQ(date_precision("2016-03-22"), "day");
  EXPECT_EQ(date_precision("2016-03"), "month");
  EXPECT_EQ(date_precision("2016"), "year");
  EXPECT_EQ(date_precision(""), "");
}

}  // namespace
}  // namespace dossier
