// `dossier export` in every format on the sample corpus, read back by other tools:
// STIX validated against the OASIS schemas, GraphML loaded by networkx, CSV read by
// Python's csv module and compared with the JSON export, GeoJSON checked against RFC 7946.
#include <gtest/gtest.h>

#include "cli_test.h"

namespace dossier::test {
namespace {

const std::filesystem::path kSource(DOSSIER_SOURCE_DIR);

class Export : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(scratch_dir("export"));
    Result r = dossier("ingest " + (kSource / "examples/reports").string() + " " + db());
    ASSERT_EQ(r.code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static std::string db() { return "--db " + (*dir_ / "examples.db").string(); }
  // Runs `dossier export ARGS`, writing standard output to FILE in the scratch directory.
  static std::string export_to(const std::string& args, const std::string& file) {
    Result r = dossier("export " + args + " " + db());
    EXPECT_EQ(r.code, 0) << r.err;
    write_file(*dir_ / file, r.out);
    return (*dir_ / file).string();
  }
  static std::filesystem::path* dir_;
};
std::filesystem::path* Export::dir_ = nullptr;

TEST_F(Export, StixValidatesAgainstTheOasisSchemasAndIsDeterministic) {
  std::string bundle = export_to("--format stix", "bundle.json");
  Result r =
      python("stix_check.py", bundle + " " + (kSource / "tests/data/stix2.1-schemas").string());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(dossier("export --format stix " + db()).out, read_file(bundle));
  for (const char* type : {"\"report\"", "\"identity\"", "\"intrusion-set\"", "\"location\"",
                           "\"incident\"", "\"relationship\"", "\"extension-definition\"",
                           "\"attributed-to\"", "\"located-at\"", "\"sentence\"", "\"estimates\""})
    EXPECT_NE(read_file(bundle).find(type), std::string::npos) << type;
}

TEST_F(Export, GraphmlLoadsInNetworkxWithTheStoreCounts) {
  std::string graph = export_to("--format graphml", "graph.graphml");
  Result r = python("graphml_check.py", graph + " " + (*dir_ / "examples.db").string());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
}

TEST_F(Export, CsvTablesReadBackAsTheJsonExport) {
  std::string args = export_to("--format json", "export.json");
  for (const char* table : {"incidents", "figures", "entities", "mentions"})
    args +=
        " " + export_to("--format csv --table " + std::string(table), table + std::string(".csv"));
  Result r = python("csv_check.py", args);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
}

TEST_F(Export, GeojsonFeaturesArePlacedIncidents) {
  std::string csv = export_to("--format csv", "incidents.csv");
  std::string geojson = export_to("--format geojson", "incidents.geojson");
  Result r = python("geojson_check.py", geojson + " " + csv);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("0 features"), std::string::npos) << r.out;
}

TEST_F(Export, FiltersNarrowEveryFormat) {
  Result all = dossier("export --format csv " + db());
  Result bombings = dossier("export --format csv --type bombing " + db());
  ASSERT_EQ(bombings.code, 0) << bombings.err;
  EXPECT_LT(bombings.out.size(), all.out.size());
  EXPECT_EQ(bombings.out.find(",attack,"), std::string::npos) << bombings.out;
  Result dated = dossier("export --format csv --from 2016-03 --to 2016-03-31 " + db());
  EXPECT_NE(dated.out.find("2016-03-22"), std::string::npos) << dated.out;
  EXPECT_EQ(dated.out.find("2015-11-13"), std::string::npos) << dated.out;
  Result people = dossier("export --format csv --table entities --type person " + db());
  EXPECT_EQ(people.out.find(",location,"), std::string::npos) << people.out;
  EXPECT_NE(people.out.find(",person,"), std::string::npos) << people.out;
  Result is = dossier("export --format stix --entity Daesh " + db());
  EXPECT_EQ(is.code, 0) << is.err;
  EXPECT_NE(is.out.find("Islamic State"), std::string::npos);
  Result none = dossier("export --format graphml --entity Nobody " + db());
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("no entity Nobody"), std::string::npos) << none.err;
  EXPECT_EQ(dossier("export --format json --type bombing " + db()).code, 2);
}

// The development corpus in ../shared (skipped when absent): its bundle validates too.
TEST(ExportSeeds, StixOfTheSeedsStoreValidates) {
  auto seeds = kSource / "../shared/corpus/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "no ../shared/corpus/seeds here";
  auto dir = scratch_dir("export-seeds");
  std::string db = "--db " + (dir / "seeds.db").string();
  ASSERT_EQ(dossier("ingest " + seeds.string() + " " + db).code, 0);
  Result bundle = dossier("export --format stix " + db);
  ASSERT_EQ(bundle.code, 0) << bundle.err;
  write_file(dir / "bundle.json", bundle.out);
  auto schemas = kSource / "../shared/data/stix2.1-schemas";
  if (!std::filesystem::exists(schemas)) schemas = kSource / "tests/data/stix2.1-schemas";
  Result r = python("stix_check.py", (dir / "bundle.json").string() + " " + schemas.string());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
