// The JSON export of the sample corpus follows its contract: ids, evidence spans that are
// the stored text, aliases, estimates and conflicts that refer to listed records.
#include "dossier/export/json_export.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "../query/sample_store.h"

namespace dossier {
namespace {

using JsonExport = SampleStore;

nlohmann::json export_json(Store& store, EstimatePolicy policy) {
  std::ostringstream out;
  write_json_export(store, policy, out);
  return nlohmann::json::parse(out.str());
}

std::int64_t number(const nlohmann::json& id) {
  return std::stoll(id.get<std::string>().substr(1));
}

// Each span's text is the document's bytes [start, end).
void expect_spans_are_text(Store& store, const nlohmann::json& spans) {
  for (const auto& s : spans) {
    auto doc = store.document(number(s["document"]));
    ASSERT_TRUE(doc);
    std::size_t start = s["start"], end = s["end"];
    EXPECT_EQ(doc->text.substr(start, end - start), s["text"].get<std::string>());
  }
}

TEST_F(JsonExport, ListsEveryRecordWithItsEvidence) {
  auto j = export_json(store(), EstimatePolicy::kConservative);
  ASSERT_EQ(j["documents"].size(), 8u);
  EXPECT_EQ(j["documents"][0]["id"], "d1");
  ASSERT_FALSE(j["entities"].empty());
  for (const auto& e : j["entities"]) {
    EXPECT_EQ(e["id"].get<std::string>()[0], 'e');
    for (const auto& a : e["aliases"]) EXPECT_NE(a, e["name"]);
    expect_spans_are_text(store(), e["mentions"]);
  }
  ASSERT_FALSE(j["events"].empty());
  std::set<std::string> events;
  for (const auto& v : j["events"]) {
    events.insert(v["id"]);
    expect_spans_are_text(store(), v["mentions"]);
    for (const auto& f : v["figures"]) {
      EXPECT_LE(f["low"].get<std::int64_t>(), f["high"].get<std::int64_t>());
      EXPECT_TRUE(f["hedges"].is_array());
    }
    if (!v["figures"].empty()) EXPECT_FALSE(v["estimates"].empty());
  }
  for (const auto& c : j["conflicts"]) {
    EXPECT_TRUE(events.count(c["subject"]));
    EXPECT_GE(c["claims"].size(), 2u);
  }
}

TEST_F(JsonExport, PolicyChangesOnlyEstimates) {
  auto conservative = export_json(store(), EstimatePolicy::kConservative);
  auto latest = export_json(store(), EstimatePolicy::kLatest);
  EXPECT_EQ(conservative["documents"], latest["documents"]);
  EXPECT_EQ(conservative["entities"], latest["entities"]);
  ASSERT_EQ(conservative["events"].size(), latest["events"].size());
  for (std::size_t i = 0; i < latest["events"].size(); ++i)
    EXPECT_EQ(conservative["events"][i]["figures"], latest["events"][i]["figures"]);
}

TEST_F(JsonExport, OneRecordPerLine) {
  std::ostringstream out;
  write_json_export(store(), EstimatePolicy::kConservative, out);
  std::string text = out.str();
  std::size_t lines = std::count(text.begin(), text.end(), '\n');
  auto j = nlohmann::json::parse(text);
  std::size_t records =
      j["documents"].size() + j["entities"].size() + j["events"].size() + j["conflicts"].size();
  // "{", four keys (one line each, or two when the array is not empty), "}".
  EXPECT_GE(lines, records + 6);
  EXPECT_LE(lines, records + 10);
}

}  // namespace
}  // namespace dossier
