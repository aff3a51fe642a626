// Hostile but fair use of the CLI (issue 10): inputs that are not files, two writers at
// once, out-of-range options and ids, pathological pages and texts.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "cli_test.h"

namespace dossier::test {
namespace {

const std::filesystem::path kExamples =
    std::filesystem::path(DOSSIER_SOURCE_DIR) / "examples/reports";

class Hardening : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = scratch_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    store = dir / "t.db";
    db = " --db " + store.string();
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  // `n` distinct short reports named <prefix><i>.txt in `corpus`.
  void write_reports(const std::filesystem::path& corpus, const std::string& prefix, int n) {
    std::filesystem::create_directories(corpus);
    for (int i = 0; i < n; ++i)
      write_file(corpus / (prefix + std::to_string(i) + ".txt"),
                 "Report " + prefix + std::to_string(i) + ": a bomb exploded in Kabul on " +
                     std::to_string(1 + i % 28) + " March 2024, killing " + std::to_string(i) +
                     " people, officials said.\n");
  }

  // Starts `dossier ARGS...` with its output in dir/<name>.out and dir/<name>.err.
  pid_t start(const std::string& name, std::vector<std::string> args) {
    const std::string out = (dir / (name + ".out")).string();
    const std::string err = (dir / (name + ".err")).string();
    pid_t pid = fork();
    if (pid == 0) {
      ::dup2(::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 1);
      ::dup2(::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644), 2);
      std::vector<char*> argv{const_cast<char*>(DOSSIER_BINARY)};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(DOSSIER_BINARY, argv.data());
      ::_exit(127);
    }
    return pid;
  }

  static int exit_code(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::filesystem::path dir, store;
  std::string db;
};

// --- inputs that are not regular files

TEST_F(Hardening, FifoAmongInputsIsSkippedWithAWarningAndTheOthersAreStored) {
  write_reports(dir / "in", "a", 1);
  write_reports(dir / "in", "c", 1);
  ASSERT_EQ(::mkfifo((dir / "in" / "b.txt").c_str(), 0600), 0);
  Result r = dossier_within(120, "ingest " + (dir / "in").string() + db);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("read 2, new 2"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("b.txt: warning: skipped: not a regular file (a FIFO)"), std::string::npos)
      << r.err;
  // Named on the command line, too.
  Result named = dossier_within(120, "ingest " + (dir / "in" / "b.txt").string() + db);
  EXPECT_NE(named.err.find("b.txt: warning: skipped"), std::string::npos) << named.err;
  EXPECT_NE(named.out.find("read 0"), std::string::npos) << named.out;
}

TEST_F(Hardening, StandardInputIsStillADash) {
  write_file(dir / "in.txt", "A car bomb exploded in Mogadishu on 14 October 2017.\n");
  Result r = dossier("ingest -" + db, (dir / "in.txt").string());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("new 1"), std::string::npos);
}

// --- two writers at once

TEST_F(Hardening, SecondWriterWaitsWithANoteThenFinishes) {
  write_reports(dir / "in", "a", 5);
  // Stand in for another writer by holding the store's writer lock.
  const std::string lock = store.string() + "-lock";
  // O_CLOEXEC: the ingest started below must not inherit (and so hold) this lock.
  const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  ASSERT_GT(::pwrite(fd, "4242\n", 5, 0), 0);
  pid_t pid = start("second", {"ingest", (dir / "in").string(), "--db", store.string()});
  std::string err;
  for (int i = 0; i < 600 && err.find("waiting") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    err = read_file(dir / "second.err");
  }
  EXPECT_NE(err.find(store.string() + " is being written by another dossier (pid 4242); "
                                      "waiting for it to finish"),
            std::string::npos)
      << err;
  EXPECT_EQ(::waitpid(pid, nullptr, WNOHANG), 0) << "the second writer did not wait";
  EXPECT_FALSE(std::filesystem::exists(store)) << "the second writer wrote while waiting";
  ::close(fd);  // the first writer finishes
  EXPECT_EQ(exit_code(pid), 0) << read_file(dir / "second.err");
  EXPECT_NE(read_file(dir / "second.out").find("read 5, new 5"), std::string::npos);
  EXPECT_NE(read_file(dir / "second.err").find("the other writer finished"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(lock)) << "the lock file is left behind";
}

TEST_F(Hardening, TwoIngestsAtOnceBothFinishAndTheCountsAddUp) {
  write_reports(dir / "one", "a", 150);
  write_reports(dir / "two", "b", 150);
  write_reports(dir / "one", "shared", 20);
  write_reports(dir / "two", "shared", 20);
  pid_t one = start("one", {"ingest", (dir / "one").string(), "--db", store.string()});
  pid_t two = start("two", {"ingest", (dir / "two").string(), "--db", store.string()});
  EXPECT_EQ(exit_code(one), 0) << read_file(dir / "one.err");
  EXPECT_EQ(exit_code(two), 0) << read_file(dir / "two.err");
  const std::string out = read_file(dir / "one.out") + read_file(dir / "two.out");
  // Both read 170; the 20 shared reports are new to whichever ran first.
  EXPECT_NE(out.find("read 170, new 170, duplicate 0"), std::string::npos) << out;
  EXPECT_NE(out.find("read 170, new 150, duplicate 20"), std::string::npos) << out;
  EXPECT_EQ(sql_value(store, "SELECT count(*) FROM documents"), "320");
  EXPECT_EQ(sql_value(store, "SELECT count(*) FROM sources"), "340");
  EXPECT_EQ(sql_value(store, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(sql_value(store, "PRAGMA foreign_key_check"), "");
  // One global entity per name: the second writer saw what the first wrote.
  EXPECT_EQ(sql_value(store, "SELECT count(*) FROM entities WHERE name = 'Kabul'"), "1");
}

TEST_F(Hardening, ReadersAreNotBlockedByAWriter) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + db).code, 0);
  // Another connection in the middle of a write transaction.
  sqlite3* writer = nullptr;
  ASSERT_EQ(sqlite3_open(store.c_str(), &writer), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(writer,
                         "BEGIN IMMEDIATE; CREATE TABLE scratch(x); "
                         "UPDATE documents SET title = 'changing' WHERE id = 1",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  for (const char* command :
       {"search Maalbeek", "show 1", "docs", "summary", "events", "event v1", "entities",
        "entity Brussels", "conflicts", "timeline", "export --format json"}) {
    // A blocked reader would give up after SQLite's busy timeout: "database is locked".
    Result r = dossier_within(120, std::string(command) + db);
    EXPECT_EQ(r.code, 0) << command << ": " << r.err;
    EXPECT_EQ(r.out.find("changing"), std::string::npos) << command << " saw uncommitted data";
  }
  sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(writer);
}

// --- options and ids

TEST_F(Hardening, NumericOptionsOutOfRangeAreUsageErrors) {
  write_reports(dir / "in", "a", 1);
  const std::string in = " " + (dir / "in").string() + db;
  for (const char* option :
       {"--jobs 50000", "--jobs 0", "--jobs -1", "--jobs 2x", "--max-size -5", "--max-size nan",
        "--max-size inf", "--max-size 0", "--max-size 1e300", "--max-size 5MB"}) {
    Result r = dossier("ingest" + in + " " + option);
    EXPECT_EQ(r.code, 2) << option << ": " << r.out << r.err;
    EXPECT_NE(r.err.find(std::string(option).substr(0, std::string(option).find(' '))),
              std::string::npos)
        << option << ": the error names the option: " << r.err;
    EXPECT_FALSE(std::filesystem::exists(store)) << option;
  }
  Result ok = dossier("ingest" + in + " --jobs 256 --max-size 0.5");
  EXPECT_EQ(ok.code, 0) << ok.err;
  // A limit is applied as given: 0.00001 MB is 10 bytes.
  Result small = dossier("ingest" + in + " --max-size 0.00001");
  EXPECT_EQ(small.code, 1);
  EXPECT_NE(small.err.find("over the limit of 10 bytes"), std::string::npos) << small.err;
}

TEST_F(Hardening, LimitsMustBePositive) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + db).code, 0);
  for (const char* command : {"search bomb --limit 0", "search bomb --limit -1",
                              "search bomb --limit 1.5", "entities --limit 0"}) {
    Result r = dossier(std::string(command) + db);
    EXPECT_EQ(r.code, 2) << command << ": " << r.err;
    EXPECT_NE(r.err.find("--limit"), std::string::npos) << command << ": " << r.err;
  }
  Result one = dossier("search bomb --limit 1" + db);
  EXPECT_EQ(one.code, 0) << one.err;
  std::size_t hits = 0;  // each hit names its source once
  for (auto at = one.out.find("examples/reports/"); at != std::string::npos;
       at = one.out.find("examples/reports/", at + 1))
    ++hits;
  EXPECT_EQ(hits, 1u) << one.out;
}

TEST_F(Hardening, IdsAreParsedStrictly) {
  ASSERT_EQ(dossier("ingest " + kExamples.string() + db).code, 0);
  for (const char* id :
       {"v1xyz", "'v1; DROP TABLE documents'", "v", "''", "v-1", "1.0", "v99999999999999999999"}) {
    Result r = dossier("event " + std::string(id) + db);
    EXPECT_EQ(r.code, 2) << id << ": " << r.out;
    EXPECT_TRUE(r.out.empty()) << id << ": " << r.out;
  }
  EXPECT_EQ(dossier("entities --doc d1x" + db).code, 2);
  EXPECT_EQ(dossier("event v1" + db).code, 0);
  EXPECT_EQ(dossier("event 1" + db).code, 0);
  EXPECT_EQ(dossier("event v999" + db).code, 1);
  EXPECT_EQ(dossier("entities --doc d1" + db).code, 0);
  // An entity name that looks like an over-long id is looked up as a name.
  EXPECT_EQ(dossier("entity e99999999999999999999" + db).code, 1);
  EXPECT_EQ(sql_value(store, "SELECT count(*) FROM documents"), "8");
}

// --- pathological pages and texts (their speed: bench/bench_read.cc)

TEST_F(Hardening, PathologicalInputsAreStoredWhole) {
  std::filesystem::create_directories(dir / "in");
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "Deep text.";
  write_file(dir / "in" / "deep.html", deep);
  std::string line;
  while (line.size() < (1u << 20)) line += "a bomb exploded in Kabul killing five people ";
  write_file(dir / "in" / "long-line.txt", line + "\n");
  std::string lines;
  for (int i = 0; i < 200000; ++i) lines += i % 2 ? "bomb\n" : "Kabul\n";
  write_file(dir / "in" / "short-lines.txt", lines);
  write_file(dir / "in" / "digits.txt", std::string(1 << 20, '7') + "\n");
  Result r = dossier_within(600, "ingest " + (dir / "in").string() + db);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("read 4, new 4"), std::string::npos) << r.out;
  EXPECT_EQ(sql_value(store, "SELECT text FROM documents WHERE source LIKE '%deep.html'"),
            "Deep text.");
  // Stored whole, byte for byte.
  for (const char* name : {"long-line.txt", "short-lines.txt", "digits.txt"})
    EXPECT_EQ(
        sql_value(store, "SELECT length(CAST(text AS BLOB)) FROM documents WHERE source LIKE '%" +
                             std::string(name) + "'"),
        std::to_string(std::filesystem::file_size(dir / "in" / name)))
        << name;
}

}  // namespace
}  // namespace dossier::test
