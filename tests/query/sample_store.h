// The sample corpus (examples/reports) ingested once into a temporary store, shared by the
// tests of one binary.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/ingest.h"
#include "dossier/store/store.h"

namespace dossier {

class SampleStore : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ =
        std::filesystem::temp_directory_path() / ("dossier_sample_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto models = Models::load({data_dir(), {}, true});
    IngestOptions options;
    options.db = dir_ / "sample.db";
    options.jobs = 2;
    std::ostringstream err;
    ingest({std::string(DOSSIER_SOURCE_DIR) + "/examples/reports"}, options, *models, err);
    store_ = Store::open(options.db).release();
  }
  static void TearDownTestSuite() {
    delete store_;
    std::filesystem::remove_all(dir_);
  }
  static Store& store() { return *store_; }

 private:
  static inline std::filesystem::path dir_;
  static inline Store* store_ = nullptr;
};

}  // namespace dossier
