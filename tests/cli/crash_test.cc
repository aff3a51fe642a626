// SQLite's discipline: a process killed mid-ingest leaves a consistent store,
// and the same command run again completes the job.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "cli_test.h"

namespace dossier::test {
namespace {

std::string query_text(const std::filesystem::path& db, const char* sql) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

TEST(Crash, KillDuringLargeIngestThenRerunCompletes) {
  auto dir = scratch_dir("crash");
  auto corpus = dir / "corpus";
  std::filesystem::create_directories(corpus);
  // 1500 distinct reports, each a few paragraphs of varied invented text.
  const char* places[] = {"Kabul", "Mosul", "Aleppo", "Lagos", "Peshawar", "Mogadishu"};
  const int kDocs = 1500;
  for (int i = 0; i < kDocs; ++i) {
    std::string text;
    for (int p = 0; p < 6; ++p)
      text += "Report " + std::to_string(i) + " paragraph " + std::to_string(p) +
              ": a bomb exploded in " + places[(i + p) % 6] + " on " + std::to_string(1 + i % 28) +
              " March 2024, killing " + std::to_string(i % 97 + p) + " people and wounding " +
              std::to_string(i % 50 + 2 * p) + " others, officials said.\n\n";
    write_file(corpus / ("r" + std::to_string(i) + ".txt"), text);
  }
  auto db = dir / "crash.db";
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(DOSSIER_BINARY, DOSSIER_BINARY, "ingest", corpus.c_str(), "--db", db.c_str(), "--jobs",
          "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill once some batches are committed (or after a few seconds at most).
  for (int i = 0; i < 100; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (std::filesystem::exists(db) && std::filesystem::file_size(db) > 200000) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
  std::string partial = query_text(db, "SELECT count(*) FROM documents");
  Result rerun = dossier("ingest " + corpus.string() + " --db " + db.string());
  EXPECT_EQ(rerun.code, 0) << rerun.err;
  EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(query_text(db, "SELECT count(*) FROM documents"), std::to_string(kDocs))
      << "after a kill at " << partial << " documents";
  // Every stored document has its extraction: none was half-written.
  EXPECT_EQ(query_text(db,
                       "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                       "(SELECT 1 FROM doc_entities e WHERE e.document = d.id)"),
            "0");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
