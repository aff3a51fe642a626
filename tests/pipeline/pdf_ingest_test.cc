// Ingesting PDF reports (made at build time by tests/read/pdf/make_test_pdfs.py; skipped
// without them): the incident and figures of a PDF are those of its plain-text twin, with
// pages; a PDF's creation date dates a report whose text names none; a folder mixing every
// format ingests in one run, the bad PDFs counted as rejected.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dossier/core/data_dir.h"
#include "dossier/export/csv_export.h"
#include "dossier/export/json_export.h"
#include "dossier/pipeline/ingest.h"
#include "dossier/query/events.h"
#include "dossier/query/export_scope.h"
#include "dossier/store/store.h"

namespace dossier {
namespace {

const std::filesystem::path kPdfs = DOSSIER_TEST_PDFS;

class PdfIngest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPdfs / "made"))
      GTEST_SKIP() << "no generated PDFs (python3-reportlab missing)";
    dir_ = std::filesystem::temp_directory_path() /
           ("dossier_pdf_ingest_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    models_ = Models::load({data_dir(), {}, true});
    ASSERT_TRUE(models_);
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  // A fresh store `name` holding `inputs`.
  std::unique_ptr<Store> ingest_into(const std::string& name,
                                     const std::vector<std::string>& inputs,
                                     IngestSummary* summary = nullptr) {
    IngestOptions options;
    options.db = dir_ / (name + ".db");
    options.jobs = 2;
    std::ostringstream err;
    IngestSummary s = ingest(inputs, options, *models_, err);
    err_ = err.str();
    if (summary) *summary = s;
    return Store::open(options.db);
  }

  // The one incident of `store`.
  static EventDetail only_incident(Store& store) {
    const std::vector<EventListing> events = list_events(store, {});
    EXPECT_EQ(events.size(), 1u);
    if (events.empty()) return {};
    return *event_detail(store, events[0].id, EstimatePolicy::kConservative);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Models> models_;
  std::string err_;
};

TEST_F(PdfIngest, FindsWhatItsPlainTextTwinGives) {
  auto pdf = ingest_into("pdf", {(kPdfs / "one_column.pdf").string()});
  auto txt = ingest_into("txt", {(kPdfs / "one_column.txt").string()});
  const EventDetail a = only_incident(*pdf), b = only_incident(*txt);
  EXPECT_EQ(a.event.name, b.event.name);
  EXPECT_EQ(a.event.date, b.event.date);
  EXPECT_EQ(a.event.type, b.event.type);
  ASSERT_EQ(a.figures.size(), b.figures.size());
  ASSERT_FALSE(a.figures.empty());
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    EXPECT_EQ(a.figures[i].measure, b.figures[i].measure);
    EXPECT_EQ(a.figures[i].best_low, b.figures[i].best_low);
    EXPECT_EQ(a.figures[i].best_high, b.figures[i].best_high);
    ASSERT_EQ(a.figures[i].claims.size(), b.figures[i].claims.size());
    for (std::size_t k = 0; k < a.figures[i].claims.size(); ++k) {
      EXPECT_EQ(a.figures[i].claims[k].text, b.figures[i].claims[k].text);
      EXPECT_EQ(b.figures[i].claims[k].page, 0);
      EXPECT_GE(a.figures[i].claims[k].page, 1);
    }
  }
}

TEST_F(PdfIngest, CitesThePageOfEachFigure) {
  auto store = ingest_into("pages", {(kPdfs / "one_column.pdf").string()});
  for (const MeasureReport& r : only_incident(*store).figures)
    for (const FigureClaim& c : r.claims) {
      if (c.text == "killing 23 people") EXPECT_EQ(c.page, 1);
      if (c.text == "three suspects had been arrested") EXPECT_EQ(c.page, 2);
    }
  const std::optional<DocumentRow> doc = store->find_document("one_column.pdf");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->page_starts.size(), 2u);
}

TEST_F(PdfIngest, AJsonLinesRecordMayPointToAPdf) {
  std::filesystem::create_directories(dir_ / "reports");
  std::filesystem::copy_file(kPdfs / "one_column.pdf", dir_ / "reports" / "one_column.pdf");
  std::ofstream(dir_ / "feed.jsonl")
      << R"({"id": "r1", "path": "reports/one_column.pdf", "title": "Kandahar report"})"
         "\n"
      << R"({"id": "r2", "path": "reports/missing.pdf"})"
         "\n"
      << R"({"id": "r3", "text": "The weather in Kabul was mild."})"
         "\n";
  IngestSummary summary;
  auto store = ingest_into("jsonl", {(dir_ / "feed.jsonl").string()}, &summary);
  EXPECT_EQ(summary.added, 2u) << err_;
  EXPECT_EQ(summary.rejected, 1u) << err_;
  EXPECT_NE(err_.find("feed.jsonl:line 2: error: \"path\" reports/missing.pdf: No such file"),
            std::string::npos)
      << err_;
  const std::optional<DocumentRow> doc = store->find_document("r1");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->format, "pdf");
  EXPECT_EQ(doc->title, "Kandahar report");
  EXPECT_EQ(doc->page_starts.size(), 2u);
  bool cited = false;
  for (const MeasureReport& r : only_incident(*store).figures)
    for (const FigureClaim& c : r.claims)
      if (c.text == "three suspects had been arrested") cited = c.page == 2;
  EXPECT_TRUE(cited);
}

TEST_F(PdfIngest, TheJsonExportGivesThePageOfPdfEvidenceOnly) {
  auto store = ingest_into(
      "export", {(kPdfs / "one_column.pdf").string(), (kPdfs / "two_columns.txt").string()});
  std::ostringstream out;
  write_json_export(*store, EstimatePolicy::kConservative, out);
  const nlohmann::json j = nlohmann::json::parse(out.str());
  const std::string pdf = "d" + std::to_string(store->find_document("one_column.pdf")->id);
  std::size_t with_page = 0, without = 0;
  auto check = [&](const nlohmann::json& evidence) {
    if (evidence["document"] == pdf) {
      EXPECT_GE(evidence.at("page").get<int>(), 1) << evidence;
      ++with_page;
    } else {
      EXPECT_FALSE(evidence.contains("page")) << evidence;
      ++without;
    }
  };
  for (const auto& e : j["entities"])
    for (const auto& m : e["mentions"]) check(m);
  for (const auto& v : j["events"]) {
    for (const auto& m : v["mentions"]) check(m);
    for (const auto& f : v["figures"]) check(f);
  }
  EXPECT_GT(with_page, 0u);
  EXPECT_GT(without, 0u);
}

TEST_F(PdfIngest, TheCsvTablesGiveThePage) {
  auto store = ingest_into("csv", {(kPdfs / "one_column.pdf").string()});
  std::ostringstream figures, mentions;
  {
    ExportScope scope(*store, {}, ExportSubject::kIncidents);
    write_csv_export(*store, CsvTable::kFigures, EstimatePolicy::kConservative, figures);
  }
  ExportScope scope(*store, {}, ExportSubject::kEntities);
  write_csv_export(*store, CsvTable::kMentions, EstimatePolicy::kConservative, mentions);
  EXPECT_NE(figures.str().find(",hedges,page\r\n"), std::string::npos) << figures.str();
  EXPECT_NE(figures.str().find(",three suspects had been arrested,"), std::string::npos);
  EXPECT_NE(figures.str().find(",Police,,2\r\n"), std::string::npos) << figures.str();
  EXPECT_NE(mentions.str().find(",Kandahar,lexicon,1\r\n"), std::string::npos) << mentions.str();
}

TEST_F(PdfIngest, DatesAReportByThePdfCreationDate) {
  auto store = ingest_into("undated", {(kPdfs / "undated.pdf").string()});
  const std::optional<DocumentRow> doc = store->find_document("undated.pdf");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->published, "2031-05-15");
  const std::vector<EventListing> events = list_events(*store, {});
  ASSERT_FALSE(events.empty());
  const std::vector<ReportEvidence> why = event_evidence(*store, events[0].id);
  ASSERT_FALSE(why.empty());
  EXPECT_EQ(why[0].published, "2031-05-15");
  EXPECT_EQ(why[0].published_from, "pdf_created");
}

TEST_F(PdfIngest, AFolderMixingEveryFormatIngestsInOneRun) {
  const std::filesystem::path mixed = dir_ / "mixed";
  std::filesystem::create_directories(mixed);
  for (const char* name : {"russian.pdf", "encrypted.pdf", "scanned.pdf", "paper.pdf"})
    std::filesystem::copy_file(kPdfs / name, mixed / name);
  std::ofstream(mixed / "note.txt") << "Police in Kabul said two people were hurt.\n";
  std::ofstream(mixed / "page.html")
      << "<html><head><title>Page</title></head><body><p>A blast hit Herat.</p></body></html>";
  std::ofstream(mixed / "wire.jsonl") << "{\"id\": \"w1\", \"text\": \"Gunmen struck Mosul.\"}\n";
  std::ofstream(mixed / "broken.pdf") << "%PDF-1.7\nnot really a PDF\n";
  IngestSummary summary;
  auto store = ingest_into("mixed", {mixed.string()}, &summary);
  EXPECT_EQ(summary.added, 5u) << err_;
  EXPECT_EQ(summary.rejected, 3u) << err_;
  EXPECT_NE(err_.find("encrypted.pdf: error: encrypted: it needs a password"), std::string::npos)
      << err_;
  EXPECT_NE(err_.find("scanned.pdf: error: no text layer"), std::string::npos) << err_;
  EXPECT_NE(err_.find("broken.pdf: error: not a readable PDF"), std::string::npos) << err_;
}

}  // namespace
}  // namespace dossier
