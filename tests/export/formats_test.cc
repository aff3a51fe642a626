// The four export formats on a hand-made store (small_store.h); the CLI tests read
// the same formats back with other tools on the sample corpus.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "../small_store.h"
#include "dossier/export/csv_export.h"
#include "dossier/export/geojson_export.h"
#include "dossier/export/graphml_export.h"
#include "dossier/export/stix_export.h"
#include "dossier/query/export_scope.h"

namespace dossier {
namespace {

constexpr auto kPolicy = EstimatePolicy::kConservative;

std::string csv(Store& store, CsvTable table, ExportFilter filter = {}) {
  ExportScope scope(store, filter, ExportSubject::kIncidents);
  std::ostringstream out;
  write_csv_export(store, table, kPolicy, out);
  return out.str();
}

TEST(CsvExport, IncidentsInTheGtdManner) {
  test::SmallStore s;
  std::string out = csv(s.store(), CsvTable::kIncidents);
  EXPECT_EQ(out.substr(0, out.find("\r\n")),
            "id,name,date,date_precision,type,country,place,latitude,longitude,perpetrators,"
            "targets,killed,killed_low,killed_high,wounded,wounded_low,wounded_high,arrested,"
            "arrested_low,arrested_high,sources,conflicts,source_list");
  EXPECT_NE(out.find("\r\nv1,Brussels bombing,2016-03-22,day,bombing,BE,Brussels,50.85,4.35,"
                     "Islamic State,,10,10,12,,,,,,,2,killed,https://example.org/a; b.txt\r\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\r\nv2,Paris attack,,,attack,,,,,,,,,,,,,,,,1,,b.txt\r\n"), std::string::npos)
      << out;
}

TEST(CsvExport, FiguresQuoteCommasAndQuotes) {
  test::SmallStore s;
  std::string out = csv(s.store(), CsvTable::kFigures);
  EXPECT_NE(out.find("v1,killed,12,12,exact,d2,2016-03-23,b.txt,58,83,12 were reportedly killed,"
                     "\"Islamic State claimed the \"\"Brussels\"\" attack, police said; 12 were "
                     "reportedly killed.\",police,reportedly,\r\n"),
            std::string::npos)
      << out;
}

TEST(CsvExport, EntitiesAndMentions) {
  test::SmallStore s;
  std::string entities = csv(s.store(), CsvTable::kEntities);
  EXPECT_NE(entities.find("e1,organization,armed_group,Islamic State,,,,IS,2,2\r\n"),
            std::string::npos)
      << entities;
  EXPECT_NE(entities.find("e2,location,capital,Brussels,BE,50.85,4.35,,2,2\r\n"),
            std::string::npos);
  EXPECT_NE(entities.find("e3,person,,Charles Michel,,,,,0,0\r\n"), std::string::npos);
  std::string mentions = csv(s.store(), CsvTable::kMentions);
  EXPECT_NE(mentions.find("e2,d2,27,35,Brussels,lexicon,\r\n"), std::string::npos) << mentions;
  EXPECT_EQ(parse_csv_table("figures"), CsvTable::kFigures);
  EXPECT_FALSE(parse_csv_table("rows"));
}

TEST(GeojsonExport, PlacedIncidentsAsPoints) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  std::ostringstream out;
  GeojsonSummary summary = write_geojson_export(s.store(), kPolicy, out);
  EXPECT_EQ(summary.features, 1u);
  EXPECT_EQ(summary.unplaced, 1u);
  EXPECT_NE(out.str().find("\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.35,50.85]}"),
            std::string::npos)
      << out.str();
  EXPECT_EQ(out.str().substr(0, 45), "{\"type\": \"FeatureCollection\", \"features\": [\n{");
}

TEST(GraphmlExport, NodesAndEdges) {
  test::SmallStore s;
  ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
  std::ostringstream out;
  GraphmlSummary summary = write_graphml_export(s.store(), out);
  EXPECT_EQ(summary.nodes, 5u);  // three entities, two incidents
  EXPECT_EQ(summary.edges, 3u);  // perpetrator-of, located-in, one co-occurrence
  std::string g = out.str();
  EXPECT_NE(g.find("<edge id=\"x0\" source=\"e1\" target=\"v1\"><data key=\"relation\">"
                   "perpetrator-of</data><data key=\"weight\">2</data></edge>"),
            std::string::npos)
      << g;
  EXPECT_NE(g.find("source=\"e1\" target=\"e2\"><data key=\"relation\">co-occurrence</data>"
                   "<data key=\"weight\">2</data><data key=\"shared_documents\">2</data>"),
            std::string::npos)
      << g;
  EXPECT_NE(g.find("<node id=\"v1\"><data key=\"label\">Brussels bombing</data>"),
            std::string::npos);
}

TEST(StixExport, DeterministicIdsAndTheDeclaredExtension) {
  test::SmallStore s;
  auto bundle = [&] {
    ExportScope scope(s.store(), {}, ExportSubject::kIncidents);
    std::ostringstream out;
    write_stix_export(s.store(), kPolicy, out);
    return out.str();
  };
  std::string b = bundle();
  EXPECT_EQ(b, bundle());
  std::regex id(
      "\"id\":\"([a-z-]+)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
  auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = b.find(what); at != std::string::npos; at = b.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(std::distance(std::sregex_iterator(b.begin(), b.end(), id), std::sregex_iterator()),
            10);  // identity, extension, 2 reports, 2 named entities, 2 incidents, 2 relationships
  EXPECT_EQ(count("\"type\":\"intrusion-set\""), 1u);
  EXPECT_EQ(count("\"relationship_type\":\"attributed-to\""), 1u);
  EXPECT_EQ(count("\"relationship_type\":\"located-at\""), 1u);
  EXPECT_EQ(count(stix_extension_id()), 5u);  // the definition and four extended objects
  EXPECT_NE(b.find("\"latitude\":50.85,\"longitude\":4.35"), std::string::npos);
  EXPECT_NE(b.find("\"attributed_to\":\"police\",\"hedges\":[\"reportedly\"]"), std::string::npos);
  EXPECT_NE(b.find("\"best_low\":10,\"best_high\":10,\"reported_low\":10,\"reported_high\":12"),
            std::string::npos)
      << b;
  EXPECT_NE(
      b.find("\"created\":\"2024-01-01T10:00:00.000Z\",\"modified\":\"2024-01-02T10:00:00.000Z\""),
      std::string::npos);
}

}  // namespace
}  // namespace dossier
