// The extract/load line format: what extraction_to_json writes reads back to the
// same extraction, and malformed lines are refused with a reason.
#include "dossier/pipeline/extraction_json.h"

#include <gtest/gtest.h>

#include "dossier/core/data_dir.h"
#include "dossier/read/reader.h"

namespace dossier {
namespace {

using nlohmann::json;

class ExtractionJson : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { models_ = Models::load({data_dir(), {}, true}).release(); }
  static void TearDownTestSuite() { delete models_; }

  // The first document of an example report, extracted, as a line.
  static json example_line(Document* doc, Extraction* x) {
    ReadResult r = read_file(
        std::string(DOSSIER_SOURCE_DIR) + "/examples/reports/2016-03-23_wire_toll_claim.txt", {});
    *doc = r.documents.at(0);
    *x = extract_document(*doc, *models_);
    return extraction_to_json(*doc, *x, *models_->gazetteer);
  }

  static Models* models_;
};
Models* ExtractionJson::models_ = nullptr;

TEST_F(ExtractionJson, RoundTrips) {
  Document doc, back_doc;
  Extraction x, back;
  json line = example_line(&doc, &x);
  ASSERT_FALSE(x.events.empty());
  ASSERT_FALSE(x.events[0].figures.empty());
  std::string error;
  ASSERT_TRUE(
      extraction_from_json(json::parse(line.dump()), *models_->gazetteer, &back_doc, &back, &error))
      << error;
  EXPECT_EQ(extraction_to_json(back_doc, back, *models_->gazetteer), line);
  EXPECT_EQ(back_doc.text, doc.text);
  EXPECT_EQ(back.events[0].date, x.events[0].date);
  EXPECT_EQ(back.events[0].figures[0].figure.measure, x.events[0].figures[0].figure.measure);
  EXPECT_EQ(back.entities.size(), x.entities.size());
  // Entries travel as lexicon keys.
  bool keyed = false;
  for (const json& e : line["extraction"]["entities"]) keyed |= e["entry"] == "islamic-state";
  EXPECT_TRUE(keyed) << line["extraction"]["entities"].dump();
}

TEST_F(ExtractionJson, PagesTravelOnlyWithDocumentsThatHaveThem) {
  Document doc, back_doc;
  Extraction x, back;
  json line = example_line(&doc, &x);
  EXPECT_FALSE(line["document"].contains("page_starts"));
  doc.page_starts = {0, 100};
  line = extraction_to_json(doc, x, *models_->gazetteer);
  std::string error;
  ASSERT_TRUE(extraction_from_json(line, *models_->gazetteer, &back_doc, &back, &error)) << error;
  EXPECT_EQ(back_doc.page_starts, doc.page_starts);
  line["document"]["page_starts"] = {100, 0};
  EXPECT_FALSE(extraction_from_json(line, *models_->gazetteer, &back_doc, &back, &error));
  EXPECT_NE(error.find("page start"), std::string::npos) << error;
}

TEST_F(ExtractionJson, MissingFieldsTakeDefaultsAndUnknownKeysNoEntry) {
  Document doc;
  Extraction x;
  json line = example_line(&doc, &x);
  line["extraction"]["events"][0].erase("figures");
  line["extraction"]["entities"][0]["entry"] = "no-such-key";
  std::string error;
  ASSERT_TRUE(extraction_from_json(line, *models_->gazetteer, &doc, &x, &error)) << error;
  EXPECT_TRUE(x.events[0].figures.empty());
  EXPECT_EQ(x.entities[0].entry, -1);
}

TEST_F(ExtractionJson, MalformedLinesAreRefused) {
  Document doc;
  Extraction x;
  json good = example_line(&doc, &x);
  std::string error;
  json bad = good;
  bad["extraction"]["events"][0]["figures"][0]["figure"]["measure"] = "maimed";
  EXPECT_FALSE(extraction_from_json(bad, *models_->gazetteer, &doc, &x, &error));
  EXPECT_NE(error.find("maimed"), std::string::npos) << error;
  bad = good;
  bad["extraction"]["events"][0]["perpetrators"] = {9999};
  EXPECT_FALSE(extraction_from_json(bad, *models_->gazetteer, &doc, &x, &error));
  EXPECT_NE(error.find("9999"), std::string::npos) << error;
  EXPECT_FALSE(extraction_from_json(json{{"document", 3}}, *models_->gazetteer, &doc, &x, &error));
}

}  // namespace
}  // namespace dossier
