// The sample corpus (examples/reports) plus one hostile report (tests/data/hostile: script
// tags, an onerror attribute) ingested into a temporary store, served by dossier::serve::Server on a free
// loopback port in a thread for the tests of one binary; `client()` talks to it.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <thread>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/ingest.h"
#include "dossier/serve/server.h"

namespace dossier::serve {

class ServedStore : public ::testing::Test {
 public:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("dossier_serve_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto models = Models::load({data_dir(), {}, true});
    IngestOptions options;
    options.db = dir_ / "sample.db";
    options.jobs = 2;
    std::ostringstream err;
    ingest({std::string(DOSSIER_SOURCE_DIR) + "/examples/reports", std::string(DOSSIER_SOURCE_DIR) + "/tests/data/hostile"},
           options, *models, err);
    server_ = new Server({options.db, "127.0.0.1", 0, 4});
    thread_ = new std::thread([] { server_->run(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    std::filesystem::remove_all(dir_);
  }
  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(30, 0);
    return c;
  }
  static std::filesystem::path db() { return dir_ / "sample.db"; }

 private:
  static inline std::filesystem::path dir_;
  static inline Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
};

}  // namespace dossier::serve
