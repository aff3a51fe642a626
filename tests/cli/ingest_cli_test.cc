// The CLI end to end: ingest of the sample corpus, idempotence, bad input,
// search, export and the views.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test.h"

namespace dossier::test {
namespace {

const std::filesystem::path kExamples =
    std::filesystem::path(DOSSIER_SOURCE_DIR) / "examples/reports";

class IngestCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = scratch_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    db = "--db " + (dir / "t.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::filesystem::path dir;
  std::string db;
};

// A PDF report (made at build time by tests/read/pdf/make_test_pdfs.py) cites its pages.
TEST_F(IngestCli, PdfEvidenceIsCitedByPage) {
  const std::filesystem::path pdfs = DOSSIER_TEST_PDFS;
  if (!std::filesystem::exists(pdfs / "made")) GTEST_SKIP() << "no generated PDFs";
  Result ingest = dossier("ingest " + (pdfs / "one_column.pdf").string() + " " + db);
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  Result event = dossier("event v1 --why " + db);
  ASSERT_EQ(event.code, 0) << event.err;
  EXPECT_NE(event.out.find("d1 p. 1  23  \"killing 23 people\""), std::string::npos) << event.out;
  EXPECT_NE(event.out.find("d1 p. 2  3  \"three suspects had been arrested\""), std::string::npos)
      << event.out;
  EXPECT_NE(event.out.find("\"killing 23 people\" p. 1: "), std::string::npos) << event.out;
  Result show = dossier("show one_column.pdf " + db);
  EXPECT_NE(show.out.find("format:    pdf\n"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("\npages:     2\n"), std::string::npos) << show.out;
  Result entity = dossier("entity Kandahar " + db);
  ASSERT_EQ(entity.code, 0) << entity.err;
  EXPECT_NE(entity.out.find(" p. 1  ..."), std::string::npos) << entity.out;
  Result undated = dossier("ingest " + (pdfs / "undated.pdf").string() + " " + db);
  ASSERT_EQ(undated.code, 0) << undated.err;
  Result why = dossier("event v1 --why " + db);
  EXPECT_NE(why.out.find("published 2031-05-15 (from the PDF's creation date)"), std::string::npos)
      << why.out;
}

// In STIX, the figures a PDF report gave carry its page; those of other reports carry none.
TEST_F(IngestCli, PdfFiguresCarryTheirPageInAValidStixBundle) {
  const std::filesystem::path pdfs = DOSSIER_TEST_PDFS;
  if (!std::filesystem::exists(pdfs / "made")) GTEST_SKIP() << "no generated PDFs";
  Result ingest = dossier("ingest " + (pdfs / "one_column.pdf").string() + " " +
                          (pdfs / "two_columns.txt").string() + " " + db);
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  Result stix = dossier("export --format stix " + db);
  ASSERT_EQ(stix.code, 0) << stix.err;
  write_file(dir / "bundle.json", stix.out);
  const auto schemas = std::filesystem::path(DOSSIER_SOURCE_DIR) / "tests/data/stix2.1-schemas";
  Result check = python("stix_check.py", (dir / "bundle.json").string() + " " + schemas.string());
  EXPECT_EQ(check.code, 0) << check.out << check.err;
  const nlohmann::json bundle = nlohmann::json::parse(stix.out);
  std::string pdf_report;
  for (const auto& o : bundle["objects"])
    if (o["type"] == "report" &&
        o["external_references"][0]["description"].get<std::string>().ends_with("one_column.pdf"))
      pdf_report = o["id"];
  ASSERT_FALSE(pdf_report.empty());
  std::size_t with_page = 0, without = 0;
  for (const auto& o : bundle["objects"]) {
    if (o["type"] != "incident") continue;
    for (const auto& [id, ext] : o["extensions"].items())
      for (const auto& f : ext.value("figures", nlohmann::json::array())) {
        if (f["report_ref"] == pdf_report) {
          EXPECT_GE(f.at("page").get<int>(), 1) << f;
          ++with_page;
        } else {
          EXPECT_FALSE(f.contains("page")) << f;
          ++without;
        }
      }
  }
  EXPECT_GT(with_page, 0u);
  EXPECT_GT(without, 0u);
}

TEST_F(IngestCli, SampleCorpusIngestsOnceAndOnlyOnce) {
  Result first = dossier("ingest " + kExamples.string() + " " + db);
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.out.find("read 8, new 8, duplicate 0, rejected 0"), std::string::npos)
      << first.out;
  Result again = dossier("ingest " + kExamples.string() + " " + db);
  EXPECT_EQ(again.code, 0);
  EXPECT_NE(again.out.find("read 8, new 0, duplicate 8, rejected 0"), std::string::npos)
      << again.out;
  Result docs = dossier("docs " + db);
  EXPECT_EQ(std::count(docs.out.begin(), docs.out.end(), '\n'), 8);
}

TEST_F(IngestCli, SameTextUnderAnotherPathIsAnotherSource) {
  std::filesystem::copy(kExamples / "2016-04-01_threat_brief.txt", dir / "copy.txt");
  ASSERT_EQ(
      dossier("ingest " + (kExamples / "2016-04-01_threat_brief.txt").string() + " " + db).code, 0);
  Result r = dossier("ingest " + (dir / "copy.txt").string() + " " + db);
  EXPECT_NE(r.out.find("new 0, duplicate 1"), std::string::npos) << r.out;
  Result show = dossier("show 1 " + db);
  EXPECT_NE(show.out.find("copy.txt"), std::string::npos) << show.out;
}

TEST_F(IngestCli, BadInputIsReportedWithPlaceAndOthersGoIn) {
  write_file(dir / "empty.txt", "");
  write_file(dir / "binary.txt", std::string("\x7f"
                                             "ELF\0\0\0\x01\x02",
                                             9));
  write_file(
      dir / "feed.jsonl",
      "{\"id\":\"a\",\"title\":\"One\",\"published\":\"2024-03-22\",\"text\":\"Gunmen attacked a "
      "hall.\"}\n"
      "{not json}\n"
      "{\"id\":\"c\",\"text\":\"A bomb exploded in Kabul on Monday, killing five people.\"}\n");
  write_file(dir / "bad-utf8.txt", "Caf\xC3 bomb\n");
  Result r = dossier("ingest " + dir.string() + " " + db);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("feed.jsonl:line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad-utf8.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("new 3"), std::string::npos) << r.out;
  Result missing = dossier("ingest " + (dir / "nope.txt").string() + " " + db);
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.err.find("nope.txt"), std::string::npos);
}

TEST_F(IngestCli, StandardInput) {
  write_file(dir / "in.txt", "A car bomb exploded in Mogadishu on 14 October 2017.\n");
  Result r = dossier("ingest - " + db, (dir / "in.txt").string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("new 1"), std::string::npos);
}

// Where the place model keeps the rules' place, --why says so with the model's features.
TEST_F(IngestCli, APlaceTheModelSharesWithTheRulesIsExplained) {
  write_file(dir / "in.jsonl",
             "{\"id\": \"p\", \"published\": \"2024-05-08\", \"text\": \"Police said a man "
             "was shot in Houston late Tuesday.\"}\n");
  ASSERT_EQ(dossier("ingest " + (dir / "in.jsonl").string() + " " + db).code, 0);
  Result why = dossier("event v1 --why " + db);
  EXPECT_NE(why.out.find("place: the place model agrees, of "), std::string::npos) << why.out;
}

TEST_F(IngestCli, SearchRanksAndSurvivesBadSyntax) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + " " + db).code, 0);
  Result hit = dossier("search Maelbeek " + db);
  EXPECT_EQ(hit.code, 0) << hit.err;
  EXPECT_NE(hit.out.find("\u00ab"), std::string::npos) << hit.out;
  Result bad = dossier("search '\"unbalanced AND (' " + db);
  EXPECT_NE(bad.code, 0);
  EXPECT_EQ(bad.err.find("Segmentation"), std::string::npos);
  EXPECT_FALSE(bad.err.empty());
}

TEST_F(IngestCli, ExportFollowsTheContract) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + " " + db).code, 0);
  Result r = dossier("export --format json " + db);
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"].size(), 8u);
  ASSERT_FALSE(j["entities"].empty());
  for (const auto& e : j["entities"]) {
    EXPECT_TRUE(e["type"] == "person" || e["type"] == "organization" || e["type"] == "location" ||
                e["type"] == "group");
    for (const auto& m : e["mentions"]) EXPECT_LT(m["start"].get<int>(), m["end"].get<int>());
  }
  EXPECT_FALSE(j["events"].empty());
}

TEST_F(IngestCli, ExportListsEachHedgeOfAFigure) {
  write_file(
      dir / "r.txt",
      "On 3 May 2021 a car bomb reportedly exploded in Kabul, allegedly killing 12 people.\n");
  ASSERT_EQ(dossier("ingest " + (dir / "r.txt").string() + " " + db).code, 0);
  auto j = nlohmann::json::parse(dossier("export " + db).out);
  ASSERT_FALSE(j["events"].empty());
  ASSERT_FALSE(j["events"][0]["figures"].empty());
  EXPECT_EQ(j["events"][0]["figures"][0]["hedges"].size(), 2u)
      << j["events"][0]["figures"][0]["hedges"];
}

TEST_F(IngestCli, ViewsExplainEntitiesAndEvents) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + " " + db).code, 0);
  Result why = dossier("entity Daesh --why " + db);
  EXPECT_EQ(why.code, 0) << why.err;
  EXPECT_NE(why.out.find("joined entity by"), std::string::npos) << why.out;
  Result ents = dossier("entities --type location " + db);
  EXPECT_NE(ents.out.find("Brussels"), std::string::npos) << ents.out;
  Result events = dossier("events " + db);
  EXPECT_EQ(events.code, 0);
  EXPECT_NE(events.out.find("2016-03-22"), std::string::npos) << events.out;
  EXPECT_EQ(dossier("conflicts " + db).code, 0);
  EXPECT_EQ(dossier("timeline " + db).code, 0);
  Result resolve = dossier("resolve " + db);
  EXPECT_EQ(resolve.code, 0) << resolve.err;
  EXPECT_NE(resolve.out.find("resolved:"), std::string::npos);
}

TEST_F(IngestCli, MissingStoreAndBadAliasesFileAreClearErrors) {
  Result r = dossier("docs --db " + (dir / "none.db").string());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("none.db"), std::string::npos);
  write_file(dir / "aliases.tsv", "same\tonly-one-name\n");
  Result a = dossier("ingest " + kExamples.string() + " " + db + " --aliases " +
                     (dir / "aliases.tsv").string());
  EXPECT_EQ(a.code, 2);
  EXPECT_NE(a.err.find("aliases.tsv:1"), std::string::npos) << a.err;
}

}  // namespace
}  // namespace dossier::test
