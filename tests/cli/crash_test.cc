// SQLite's discipline: a process killed mid-ingest leaves a consistent store,
// and the same command run again completes the job.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "cli_test.h"

namespace dossier::test {
namespace {

// 1500 distinct reports, each a few paragraphs of varied invented text.
constexpr int kDocs = 1500;

void write_corpus(const std::filesystem::path& corpus) {
  std::filesystem::create_directories(corpus);
  const char* places[] = {"Kabul", "Mosul", "Aleppo", "Lagos", "Peshawar", "Mogadishu"};
  for (int i = 0; i < kDocs; ++i) {
    std::string text;
    for (int p = 0; p < 6; ++p)
      text += "Report " + std::to_string(i) + " paragraph " + std::to_string(p) +
              ": a bomb exploded in " + places[(i + p) % 6] + " on " + std::to_string(1 + i % 28) +
              " March 2024, killing " + std::to_string(i % 97 + p) + " people and wounding " +
              std::to_string(i % 50 + 2 * p) + " others, officials said.\n\n";
    write_file(corpus / ("r" + std::to_string(i) + ".txt"), text);
  }
}

pid_t start_ingest(const std::filesystem::path& corpus, const std::filesystem::path& db) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(DOSSIER_BINARY, DOSSIER_BINARY, "ingest", corpus.c_str(), "--db", db.c_str(), "--jobs",
          "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int documents(const std::filesystem::path& db) {
  const std::string n = sql_value(db, "SELECT count(*) FROM documents");
  return n.empty() || n.rfind("error", 0) == 0 ? 0 : std::stoi(n);
}

// What must hold after any kill: SQLite's own checks, every reference, the full-text index,
// and no document stored without its extraction.
void expect_consistent(const std::filesystem::path& db) {
  if (!std::filesystem::exists(db)) return;  // killed before the store was created
  EXPECT_EQ(sql_value(db, "PRAGMA integrity_check"), "ok");
  // Killed while the store was being created: each migration step is one transaction, so
  // the file holds no schema yet and the next run creates it (slow starts, as under
  // AddressSanitizer, make this moment likely).
  if (sql_value(db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == "0") return;
  EXPECT_EQ(sql_value(db, "PRAGMA foreign_key_check"), "");
  EXPECT_EQ(sql_value(db, "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')"),
            "");
  EXPECT_EQ(sql_value(db, "SELECT count(*) FROM documents_fts"), std::to_string(documents(db)));
  EXPECT_EQ(sql_value(db,
                      "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                      "(SELECT 1 FROM doc_entities e WHERE e.document = d.id)"),
            "0");
}

TEST(Crash, KillDuringLargeIngestThenRerunCompletes) {
  auto dir = scratch_dir("crash");
  auto corpus = dir / "corpus";
  write_corpus(corpus);
  auto db = dir / "crash.db";
  pid_t pid = start_ingest(corpus, db);
  ASSERT_GE(pid, 0);
  // Kill once some batches are committed (or after a few seconds at most).
  for (int i = 0; i < 100; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (std::filesystem::exists(db) && std::filesystem::file_size(db) > 200000) break;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  expect_consistent(db);
  const int partial = documents(db);
  Result rerun = dossier("ingest " + corpus.string() + " --db " + db.string());
  EXPECT_EQ(rerun.code, 0) << rerun.err;
  EXPECT_NE(rerun.out.find("new " + std::to_string(kDocs - partial) + ", duplicate " +
                           std::to_string(partial)),
            std::string::npos)
      << rerun.out;
  expect_consistent(db);
  EXPECT_EQ(documents(db), kDocs) << "after a kill at " << partial << " documents";
  std::filesystem::remove_all(dir);
}

// Kills the same ingest again and again at random moments (the seed is printed), each run
// resuming from what the one before left; then lets it finish.
TEST(Crash, KillsAtRandomPointsThenRerunCompletesToTheExactCount) {
  auto dir = scratch_dir("crash-random");
  auto corpus = dir / "corpus";
  write_corpus(corpus);
  auto db = dir / "crash.db";
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> delay_ms(50, 3000);
  int stored = 0;
  for (int kill_number = 0; kill_number < 5; ++kill_number) {
    pid_t pid = start_ingest(corpus, db);
    ASSERT_GE(pid, 0);
    const int delay = delay_ms(random);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    SCOPED_TRACE("kill " + std::to_string(kill_number) + " after " + std::to_string(delay) + " ms");
    expect_consistent(db);
    const int now = documents(db);
    EXPECT_GE(now, stored) << "a kill lost committed documents";
    stored = now;
  }
  Result rerun = dossier("ingest " + corpus.string() + " --db " + db.string());
  EXPECT_EQ(rerun.code, 0) << rerun.err;
  EXPECT_NE(
      rerun.out.find("read " + std::to_string(kDocs) + ", new " + std::to_string(kDocs - stored) +
                     ", duplicate " + std::to_string(stored)),
      std::string::npos)
      << rerun.out;
  expect_consistent(db);
  EXPECT_EQ(documents(db), kDocs);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
