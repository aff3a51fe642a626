// ingest() on the sample corpus: what it leaves in the store is consistent.
#include "dossier/pipeline/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <sstream>

#include "dossier/core/data_dir.h"
#include "dossier/store/store.h"

namespace dossier {
namespace {

class Ingest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string name = "dossier_ingest_test_";
    name += std::to_string(::getpid());
    dir_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    models_ = Models::load({data_dir(), {}, true});
    ASSERT_TRUE(models_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Ingests the sample reports into a fresh store with `jobs` workers.
  std::unique_ptr<Store> ingest_examples(unsigned jobs, std::size_t batch) {
    IngestOptions options;
    options.db = dir_ / (std::to_string(jobs) + "jobs.db");
    options.jobs = jobs;
    options.first_batch = 1;
    options.batch = batch;
    std::ostringstream err;
    IngestSummary summary =
        ingest({std::string(DOSSIER_SOURCE_DIR) + "/examples/reports"}, options, *models_, err);
    EXPECT_EQ(summary.added, 8u) << err.str();
    auto store = Store::open(options.db);
    EXPECT_TRUE(store);
    return store;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Models> models_;
};

std::int64_t count(Store& store, const std::string& sql) {
  Statement s(store.handle(), sql);
  return s.step() ? s.column_int(0) : -1;
}

TEST_F(Ingest, EveryReferenceResolvesAndTheSearchIndexMatches) {
  for (unsigned jobs : {1u, 2u}) {
    auto store = ingest_examples(jobs, 3);  // several batches
    ASSERT_TRUE(store);
    Statement violations(store->handle(), "PRAGMA foreign_key_check");
    EXPECT_FALSE(violations.step())
        << "table " << violations.column_text(0) << " row " << violations.column_int(1);
    exec(store->handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
    EXPECT_EQ(count(*store, "SELECT count(*) FROM documents_fts"), 8);
    EXPECT_GT(count(*store, "SELECT count(*) FROM mentions"), 100);
    EXPECT_GT(count(*store, "SELECT count(*) FROM doc_events WHERE event IS NOT NULL"), 0);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM doc_entities WHERE entity IS NULL"), 0);
    EXPECT_EQ(count(*store, "SELECT count(*) FROM doc_events WHERE event IS NULL"), 0);
  }
}

}  // namespace
}  // namespace dossier
