// What the exports read of a scope (query/scope_*.h, query/stix_source.h), on the
// hand-made store of small_store.h.
#include <gtest/gtest.h>

#include "../small_store.h"
#include "dossier/query/export_scope.h"
#include "dossier/query/scope_graph.h"
#include "dossier/query/scope_incidents.h"
#include "dossier/query/scope_tables.h"
#include "dossier/query/stix_source.h"

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

TEST(ScopeTables, FiguresWithTheirSentenceAndSource) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  std::vector<ScopeFigure> figures =
      collect<ScopeFigure>([&](auto visit) { for_each_scope_figure(s.store(), visit); });
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].document, 1);
  EXPECT_EQ(figures[0].source, "https://example.org/a");  // the URL before the file
  EXPECT_EQ(figures[0].text, "Ten people were killed");
  const ScopeFigure& f = figures[1];
  EXPECT_EQ(f.event, 1);
  EXPECT_EQ(f.measure, "killed");
  EXPECT_EQ(f.low, 12);
  EXPECT_EQ(f.qualifier, "exact");
  EXPECT_EQ(f.published, "2016-03-23");
  EXPECT_EQ(f.source, "b.txt");
  EXPECT_EQ(f.start, 58);
  EXPECT_EQ(f.text, "12 were reportedly killed");
  EXPECT_EQ(f.sentence,
            "Islamic State claimed the \"Brussels\" attack, police said; 12 were reportedly "
            "killed.");
  EXPECT_EQ(f.attributed_to, "police");
  EXPECT_EQ(f.hedges, "reportedly");
}

TEST(ScopeTables, EntitiesCountedOverTheScopeDocuments) {
  test::SmallStore s;
  ExportFilter second;
  second.from = "2016-03-23";  // d2 only
  ExportScope scope(s.store(), second, ExportSubject::kEntities);
  std::vector<ScopeEntity> entities =
      collect<ScopeEntity>([&](auto visit) { for_each_scope_entity(s.store(), visit); });
  ASSERT_EQ(entities.size(), 2u);
  const ScopeEntity& e1 = entities[0];
  EXPECT_EQ(e1.name, "Islamic State");
  EXPECT_EQ(e1.subtype, "armed_group");
  EXPECT_FALSE(e1.latitude);
  EXPECT_EQ(e1.aliases, std::vector<std::string>{"IS"});
  EXPECT_EQ(e1.documents, 1);
  EXPECT_EQ(e1.mentions, 1);
  const ScopeEntity& e2 = entities[1];
  EXPECT_EQ(e2.country, "BE");
  EXPECT_EQ(*e2.latitude, 50.85);
  EXPECT_EQ(*e2.longitude, 4.35);
  EXPECT_TRUE(e2.aliases.empty());
}

TEST(ScopeTables, MentionsOfScopeEntitiesInScopeDocuments) {
  test::SmallStore s;
  ExportFilter places;
  places.type = "location";
  ExportScope scope(s.store(), places, ExportSubject::kEntities);
  std::vector<ScopeMention> mentions =
      collect<ScopeMention>([&](auto visit) { for_each_scope_mention(s.store(), visit); });
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].entity, 2);
  EXPECT_EQ(mentions[0].document, 1);
  EXPECT_EQ(mentions[1].document, 2);
  EXPECT_EQ(mentions[1].start, 27);
  EXPECT_EQ(mentions[1].end, 35);
  EXPECT_EQ(mentions[1].text, "Brussels");
  EXPECT_EQ(mentions[1].origin, "lexicon");
}

TEST(ScopeGraph, IncidentsWithHowOftenTheyAreReported) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  std::vector<IncidentNode> nodes =
      collect<IncidentNode>([&](auto visit) { for_each_incident_node(s.store(), visit); });
  ASSERT_EQ(nodes.size(), 2u);
  EXPECT_EQ(nodes[0].name, "Brussels bombing");
  EXPECT_EQ(nodes[0].type, "bombing");
  EXPECT_EQ(nodes[0].date, "2016-03-22");
  EXPECT_EQ(nodes[0].mentions, 2);
  EXPECT_EQ(nodes[0].documents, 2);
  EXPECT_EQ(nodes[1].date, "");
  EXPECT_EQ(nodes[1].documents, 1);
}

TEST(ScopeGraph, RolesAndPlaces) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  std::vector<RoleLink> perpetrators = collect<RoleLink>(
      [&](auto visit) { for_each_role_link(s.store(), IncidentRole::kPerpetrator, visit); });
  ASSERT_EQ(perpetrators.size(), 1u);
  EXPECT_EQ(perpetrators[0].entity, 1);
  EXPECT_EQ(perpetrators[0].event, 1);
  EXPECT_EQ(perpetrators[0].documents, 2);
  EXPECT_TRUE(collect<RoleLink>([&](auto visit) {
                for_each_role_link(s.store(), IncidentRole::kTarget, visit);
              }).empty());
  std::vector<PlaceLink> places =
      collect<PlaceLink>([&](auto visit) { for_each_place_link(s.store(), visit); });
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].event, 1);
  EXPECT_EQ(places[0].location, 2);
}

TEST(ScopeGraph, EntitiesNamedInOneSentence) {
  test::SmallStore s;
  auto pairs = [&](ExportFilter f) {
    ExportScope scope(s.store(), f, ExportSubject::kEntities);
    return collect<Cooccurrence>([&](auto visit) { for_each_cooccurrence(s.store(), visit); });
  };
  std::vector<Cooccurrence> all = pairs({});
  ASSERT_EQ(all.size(), 1u);  // each report names both in its first sentence
  EXPECT_EQ(all[0].a, 1);
  EXPECT_EQ(all[0].b, 2);
  EXPECT_EQ(all[0].sentences, 2);
  EXPECT_EQ(all[0].documents, 2);
  ExportFilter places;
  places.type = "location";
  EXPECT_TRUE(pairs(places).empty());  // a pair needs both ends in scope
  EXPECT_EQ(pairs({}).size(), 1u);     // the working table went with the first answer
}

TEST(StixSource, ReportsWithWhatTheyName) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  StixSource source(s.store());
  std::vector<StixReport> reports =
      collect<StixReport>([&](auto visit) { source.for_each_report(visit); });
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].hash, "h1");
  EXPECT_EQ(reports[0].url, "https://example.org/a");
  EXPECT_EQ(reports[0].title, "Bombing, \"Brussels\"");
  EXPECT_EQ(reports[0].ingested_at, "2024-01-01T10:00:00Z");
  EXPECT_EQ(reports[0].entities, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(reports[0].incidents, std::vector<std::int64_t>{1});
  EXPECT_EQ(reports[1].source, "b.txt");
  EXPECT_EQ(reports[1].incidents, (std::vector<std::int64_t>{1, 2}));
}

TEST(StixSource, EntitiesWithTheirFirstAndLastReport) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  StixSource source(s.store());
  std::vector<StixEntity> entities =
      collect<StixEntity>([&](auto visit) { source.for_each_entity(visit); });
  ASSERT_EQ(entities.size(), 2u);  // Charles Michel is named nowhere
  const StixEntity& e1 = entities[0];
  EXPECT_EQ(e1.lex_key, "islamic-state");
  EXPECT_EQ(e1.first_ingested, "2024-01-01T10:00:00Z");
  EXPECT_EQ(e1.last_ingested, "2024-01-02T10:00:00Z");
  EXPECT_EQ(e1.documents, 2);
  EXPECT_EQ(e1.mentions, 2);
  EXPECT_EQ(e1.aliases, std::vector<std::string>{"IS"});
  EXPECT_FALSE(e1.coordinates);
  ASSERT_TRUE(entities[1].coordinates);
  EXPECT_EQ(entities[1].coordinates->first, 50.85);
  EXPECT_EQ(entities[1].coordinates->second, 4.35);
}

TEST(StixSource, LookupsOfIdentitiesKeysAndTimes) {
  test::SmallStore s;
  ExportFilter bombings;
  bombings.type = "bombing";
  ExportScope scope(s.store(), bombings, ExportSubject::kIncidents);
  StixSource source(s.store());
  std::optional<EntityIdentity> e3 = source.entity_identity(3);
  ASSERT_TRUE(e3);
  EXPECT_EQ(e3->name, "Charles Michel");
  EXPECT_EQ(e3->type, "person");
  EXPECT_FALSE(source.entity_identity(9));
  EXPECT_EQ(source.document_hash(2), "h2");
  EXPECT_FALSE(source.document_hash(9));
  // The first report's hash, type and name, and its first mention of the incident.
  EXPECT_EQ(source.incident_key(1), "h1:bombing:Brussels bombing:0");
  EXPECT_FALSE(source.incident_key(2));  // not in scope
  IngestTimes times = source.incident_times(1);
  EXPECT_EQ(times.first, "2024-01-01T10:00:00Z");
  EXPECT_EQ(times.last, "2024-01-02T10:00:00Z");
}

TEST(StixSource, DropsItsTablesWhenDone) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  { StixSource source(s.store()); }
  StixSource again(s.store());  // would fail on tables left behind
  EXPECT_EQ(again.incident_key(2), "h2:attack:Paris attack:85");
}

}  // namespace
}  // namespace dossier
