// Incidents assembled across invented reports by the whole pipeline (tagger included): which
// report joins which incident, and what the tagger's names do to an incident's place.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/ingest.h"
#include "dossier/store/store.h"

namespace dossier {
namespace {

class IncidentAssemblyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dossier_assembly_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Ingests JSON Lines records into a fresh store and opens it.
  std::unique_ptr<Store> ingest_lines(const std::string& jsonl) {
    std::ofstream(dir_ / "reports.jsonl") << jsonl;
    static auto models = Models::load({data_dir(), {}, true});
    IngestOptions options;
    options.db = dir_ / "store.db";
    std::ostringstream err;
    IngestSummary summary = ingest({(dir_ / "reports.jsonl").string()}, options, *models, err);
    EXPECT_EQ(summary.rejected, 0u) << err.str();
    return Store::open(options.db);
  }

  // The date of the incident report `id` was joined to ("-" when undated, "" when none).
  static std::string incident_date_of(Store& store, const std::string& id) {
    Statement s(store.handle(),
                "SELECT e.date FROM doc_events de JOIN documents d ON d.id = de.document "
                "JOIN events e ON e.id = de.event WHERE d.external_id = ?");
    s.bind(1, id);
    if (!s.step()) return "";
    std::string date = s.column_text(0);
    return date.empty() ? "-" : date;
  }

  std::filesystem::path dir_;
};

TEST_F(IncidentAssemblyTest, AnUndatedReportJoinsTheIncidentAtTheSameKindOfSite) {
  // 2019-02-09 and 2019-02-16 are Saturdays; the undated report names the Sunday a siege
  // ended and a hotel, so it is the hotel siege, not the later bombing.
  auto store = ingest_lines(
      R"({"id": "a", "published": "2019-02-09", "text": "Gunmen stormed a hotel in Kabul on )"
      R"(Saturday, killing 5 guests, police said."})"
      "\n"
      R"({"id": "b", "published": "2019-02-16", "text": "A truck bomb exploded near a )"
      R"(ministry in Kabul on Saturday, killing 20 people, officials said."})"
      "\n"
      R"({"id": "c", "text": "Afghan forces ended the siege of the hotel in Kabul on Sunday. )"
      R"(Eight people were killed in the hotel, officials said."})"
      "\n");
  EXPECT_EQ(incident_date_of(*store, "c"), "2019-02-09");
  EXPECT_EQ(incident_date_of(*store, "b"), "2019-02-16");
}

TEST_F(IncidentAssemblyTest, AnUndatedReportKeptApartSaysWhy) {
  auto store = ingest_lines(
      R"({"id": "a", "published": "2019-02-09", "text": "Gunmen stormed a hotel in Kabul on )"
      R"(Saturday, killing 5 guests, police said."})"
      "\n"
      R"({"id": "c", "text": "A bomb exploded at a market in Herat, killing 3 people."})"
      "\n");
  Statement s(store->handle(),
              "SELECT de.rule FROM doc_events de JOIN documents d ON d.id = de.document "
              "WHERE d.external_id = 'c'");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.column_text(0), "kept apart: undated, and no dated incident of this place");
}

TEST_F(IncidentAssemblyTest, AWeaponTheTaggerTookForAPlaceIsNoScene) {
  auto store = ingest_lines(
      R"({"id": "a", "published": "2019-03-04", "text": "A truck ploughed into a crowd in )"
      R"(Lyon on 3 March 2019, killing 4 people.\nPolice said that, at the time of the attack, )"
      R"(the driver had a pistol and two replica rifles (a Kalashnikov and an M16), and 12 )"
      R"(people were injured."})"
      "\n");
  Statement s(store->handle(), "SELECT l.name FROM events e JOIN entities l ON l.id = e.location");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.column_text(0), "Lyon");
  EXPECT_FALSE(s.step());
}

}  // namespace
}  // namespace dossier
