#include "dossier/query/export_scope.h"

#include <gtest/gtest.h>

#include "../small_store.h"

namespace dossier {
namespace {

std::string ids(sqlite3* db, const std::string& table) {
  Statement q(db, "SELECT group_concat(id, ',') FROM (SELECT id FROM " + table + " ORDER BY id)");
  q.step();
  return q.column_text(0);
}

ExportFilter filter(std::string from, std::string to, std::string type, std::string entity) {
  ExportFilter f;
  f.from = std::move(from);
  f.to = std::move(to);
  f.type = std::move(type);
  f.entity = std::move(entity);
  return f;
}

TEST(ExportScope, EmptyFilterTakesEverything) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  EXPECT_EQ(ids(s.db(), "scope_events"), "1,2");
  EXPECT_EQ(ids(s.db(), "scope_entities"), "1,2,3");
  EXPECT_EQ(ids(s.db(), "scope_documents"), "1,2");
}

TEST(ExportScope, IncidentFilters) {
  test::SmallStore s;
  auto events = [&](ExportFilter f) {
    ExportScope scope(s.store(), f, ExportSubject::kIncidents);
    return ids(s.db(), "scope_events") + "|" + ids(s.db(), "scope_documents") + "|" +
           ids(s.db(), "scope_entities");
  };
  EXPECT_EQ(events(filter("", "", "attack", "")), "2|2|1,2");
  EXPECT_EQ(events(filter("2016-03", "", "", "")), "1|1,2|1,2");
  EXPECT_EQ(events(filter("2016-03-23", "", "", "")), "||");
  EXPECT_EQ(events(filter("", "2016", "", "")), "1|1,2|1,2");
  EXPECT_EQ(events(filter("", "2016-03-21", "", "")), "||");
  EXPECT_EQ(events(filter("", "", "", "is")), "1|1,2|1,2");  // an alias, any case
  EXPECT_EQ(events(filter("", "", "", "e2")), "1|1,2|1,2");  // the place
}

TEST(ExportScope, EntityFiltersAndUnknownEntities) {
  test::SmallStore s;
  {
    ExportScope scope(s.store(), filter("2016-03-23", "", "location", ""),
                      ExportSubject::kEntities);
    EXPECT_EQ(ids(s.db(), "scope_documents"), "2");
    EXPECT_EQ(ids(s.db(), "scope_entities"), "2");
    EXPECT_TRUE(scope.entity_found());
  }
  ExportScope scope(s.store(), filter("", "", "", "Nobody"), ExportSubject::kIncidents);
  EXPECT_FALSE(scope.entity_found());
  EXPECT_EQ(ids(s.db(), "scope_events"), "");
  EXPECT_EQ(find_scope_entity(s.store(), "e3"), 3);
  EXPECT_EQ(find_scope_entity(s.store(), "e9"), 0);
  EXPECT_EQ(find_scope_entity(s.store(), "islamic state"), 1);
}

TEST(ExportScope, SizeCountsEachTableAndItsHighestId) {
  test::SmallStore s;
  {
    ExportScope scope(s.store(), filter("", "", "attack", ""), ExportSubject::kIncidents);
    ScopeSize size = scope_size(s.store());
    EXPECT_EQ(size.events.rows, 1);
    EXPECT_EQ(size.events.max_id, 2);
    EXPECT_EQ(size.documents.rows, 1);
    EXPECT_EQ(size.documents.max_id, 2);
    EXPECT_EQ(size.entities.rows, 2);
    EXPECT_EQ(size.entities.max_id, 2);
  }
  ExportScope nothing(s.store(), filter("", "", "", "Nobody"), ExportSubject::kIncidents);
  ScopeSize size = scope_size(s.store());
  EXPECT_EQ(size.events.rows, 0);
  EXPECT_EQ(size.events.max_id, 0);
}

}  // namespace
}  // namespace dossier
