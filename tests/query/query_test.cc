// The query layer on the sample corpus: each question's answer and its paging.
#include <gtest/gtest.h>

#include "dossier/query/documents.h"
#include "dossier/query/entities.h"
#include "dossier/query/events.h"
#include "dossier/query/graph.h"
#include "sample_store.h"

namespace dossier {
namespace {

using Query = SampleStore;

TEST_F(Query, DocumentsInIdOrderAndPaged) {
  auto all = list_documents(store());
  ASSERT_EQ(all.size(), 8u);
  EXPECT_EQ(all[0].id, 1);
  EXPECT_GT(all[0].bytes, 0);
  auto page = list_documents(store(), {3, 2});
  ASSERT_EQ(page.size(), 3u);
  EXPECT_EQ(page[0].id, all[2].id);
  EXPECT_EQ(page[2].source, all[4].source);
}

TEST_F(Query, OneDocumentWithItsSources) {
  auto d = find_document_detail(store(), "2016-03-24_manhunt.html");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->document.format, "html");
  ASSERT_EQ(d->sources.size(), 1u);
  EXPECT_FALSE(find_document_detail(store(), "no-such-file.txt"));
}

TEST_F(Query, SearchPagesAndRejectsEmptyQuery) {
  auto hits = search(store(), "Brussels", {});
  ASSERT_GE(hits.size(), 2u);
  EXPECT_NE(hits[0].snippet.find("\u00ab"), std::string::npos);
  auto second = search(store(), "Brussels", {1, 1});
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].document, hits[1].document);
  EXPECT_THROW(search(store(), " ", {}), Error);
}

TEST_F(Query, SummaryCountsWhatIsStored) {
  StoreSummary s = summarize(store());
  EXPECT_EQ(s.counts.documents, 8);
  EXPECT_GT(s.counts.entities, 0);
  EXPECT_GT(s.counts.events, 0);
  EXPECT_LE(s.top_entities.size(), 8u);
  EXPECT_LE(s.top_events.size(), 5u);
  std::int64_t typed = 0;
  for (const TypeCount& t : s.entity_types) typed += t.count;
  EXPECT_EQ(typed, s.counts.entities);
}

TEST_F(Query, EntitiesFilterByTypeAndDocument) {
  auto locations = list_entities(store(), {"location", std::nullopt}, {});
  ASSERT_FALSE(locations.empty());
  for (const auto& e : locations) EXPECT_EQ(e.type, "location");
  auto in_first = list_entities(store(), {"", 1}, {});
  ASSERT_FALSE(in_first.empty());
  EXPECT_TRUE(list_entities(store(), {"", 999}, {}).empty());
  auto two = list_entities(store(), {}, {2, 1});
  auto all = list_entities(store(), {}, {});
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].id, all[1].id);
}

TEST_F(Query, OneEntityByAnyOfItsNames) {
  std::int64_t id = find_entity_named(store(), "daesh");
  ASSERT_NE(id, 0);
  auto e = entity_detail(store(), id);
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->aliases.empty());
  EXPECT_FALSE(e->mentions.empty());
  EXPECT_LE(e->mentions.size(), 20u);
  for (const auto& m : e->mentions) EXPECT_LT(m.start, m.end);
  EXPECT_EQ(find_entity_named(store(), "Nobody At All"), 0);
  EXPECT_FALSE(entity_detail(store(), 999999));
}

TEST_F(Query, EntityAliasesArePaged) {
  std::int64_t id = find_entity_named(store(), "daesh");
  auto all = entity_detail(store(), id);
  ASSERT_TRUE(all);
  ASSERT_GE(all->aliases.size(), 2u);
  EntityDetailPages pages;
  pages.aliases = {1, 1};
  auto second = entity_detail(store(), id, pages);
  ASSERT_EQ(second->aliases.size(), 1u);
  EXPECT_EQ(second->aliases[0].alias, all->aliases[1].alias);
  EXPECT_EQ(second->aliases[0].document, all->aliases[1].document);
}

TEST_F(Query, IncidentsWithFiguresAndConflicts) {
  auto events = list_events(store(), {});
  ASSERT_FALSE(events.empty());
  auto brussels = list_events(store(), {"2016-03-22", "2016-03-22", "", ""});
  ASSERT_FALSE(brussels.empty());
  auto d = event_detail(store(), brussels[0].id, EstimatePolicy::kConservative);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->reports.empty());
  EXPECT_FALSE(event_detail(store(), 999999, EstimatePolicy::kConservative));
  for (const auto& c : list_conflicts(store(), EstimatePolicy::kConservative))
    EXPECT_TRUE(c.report.conflict);
  auto line = timeline(store(), {}, EstimatePolicy::kLatest);
  ASSERT_EQ(line.size(), events.size());
  EXPECT_EQ(timeline(store(), {}, EstimatePolicy::kLatest, {1, 0}).size(), 1u);
}

TEST_F(Query, NeighbourhoodsJoinTheCentreToItsNeighbours) {
  auto events = list_events(store(), {"2016-03-22", "2016-03-22", "", ""});
  ASSERT_FALSE(events.empty());
  Neighbourhood v = event_neighbourhood(store(), events[0].id);
  ASSERT_FALSE(v.nodes.empty());
  EXPECT_EQ(v.nodes[0].kind, "event");
  for (const GraphEdge& e : v.edges) {
    EXPECT_EQ(e.from, 0u);
    EXPECT_LT(e.to, v.nodes.size());
  }
  Neighbourhood e = entity_neighbourhood(store(), find_entity_named(store(), "Brussels"));
  ASSERT_FALSE(e.nodes.empty());
  EXPECT_EQ(e.nodes[0].kind, "entity");
  EXPECT_FALSE(e.edges.empty());
  for (const GraphEdge& edge : e.edges) EXPECT_TRUE(edge.from == 0 || edge.to == 0);
  EXPECT_TRUE(event_neighbourhood(store(), 999999).nodes.empty());
}

}  // namespace
}  // namespace dossier
