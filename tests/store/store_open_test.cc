#include <gtest/gtest.h>

#include <fstream>

#include "dossier/store/migrations.h"
#include "dossier/store/statement.h"
#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

std::string pragma(sqlite3* db, const std::string& name) {
  Statement s(db, "PRAGMA " + name);
  EXPECT_TRUE(s.step());
  std::string value = s.column_text(0);
  s.reset();
  return value;
}

TEST(StoreOpen, CreatesWithSettingsAndLatestSchema) {
  TempDir dir;
  auto store = Store::open(dir.path() / "new.db");
  ASSERT_TRUE(store);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "new.db"));
  EXPECT_EQ(pragma(store->handle(), "journal_mode"), "wal");
  EXPECT_EQ(pragma(store->handle(), "synchronous"), "1");  // NORMAL
  EXPECT_EQ(pragma(store->handle(), "foreign_keys"), "1");
  EXPECT_EQ(database_version(store->handle()), schema_version());
  EXPECT_GE(schema_version(), 2);
  EXPECT_EQ(store->document_count(), 0);
}

TEST(StoreOpen, ReopensExistingStore) {
  TempDir dir;
  {
    auto store = Store::open(dir.path() / "s.db");
    ASSERT_TRUE(store);
    store->add_document(make_document("a.txt", "Some text."), "en");
  }
  auto store = Store::open(dir.path() / "s.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->document_count(), 1);
}

// A version-1 file made by hand (the first migration only, plus a row inserted with plain
// SQL) is upgraded on open and stays usable.
TEST(StoreOpen, MigratesVersionOneFile) {
  TempDir dir;
  auto path = dir.path() / "v1.db";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    exec(db, migrations()[0]);
    exec(db,
         "PRAGMA user_version = 1;"
         "INSERT INTO documents (hash, source, text, ingested_at) VALUES "
         "('00', 'old.txt', 'An old report about a bombing in the market.', "
         "'2024-01-01T00:00:00Z');"
         "INSERT INTO sources (document, source, added_at) VALUES (1, 'old.txt', "
         "'2024-01-01T00:00:00Z');");
    sqlite3_close(db);
  }
  auto store = Store::open(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(database_version(store->handle()), schema_version());
  auto old = store->document(1);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->source, "old.txt");
  EXPECT_EQ(old->near_duplicate_of, 0);
  EXPECT_EQ(store->search("bombing", 10).size(), 1u);  // indexed by the v1 trigger
  Statement paragraphs(store->handle(), "SELECT count(*) FROM paragraphs");
  ASSERT_TRUE(paragraphs.step());  // version-2 table exists
  paragraphs.reset();
  auto added = store->add_document(make_document("new.txt", "A new report."), "en");
  EXPECT_TRUE(added.is_new);
  EXPECT_EQ(added.id, 2);
  // Indexed once (by the store, no longer by the dropped trigger).
  EXPECT_EQ(store->search("new report", 10).size(), 1u);
  exec(store->handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

// The message Store::open throws for `path`, "" when it opens.
std::string open_error(const std::filesystem::path& path) {
  try {
    Store::open(path);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(StoreOpen, RefusesNewerSchema) {
  TempDir dir;
  auto path = dir.path() / "future.db";
  {
    auto store = Store::open(path);
    exec(store->handle(), "PRAGMA user_version = " + std::to_string(schema_version() + 1));
  }
  std::string error = open_error(path);
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  EXPECT_NE(error.find("newer"), std::string::npos) << error;
}

TEST(StoreOpen, RejectsFileThatIsNotADatabase) {
  TempDir dir;
  auto path = dir.path() / "notes.db";
  std::ofstream(path) << "This is a plain text file, long enough to fill a database header "
                         "and then some more bytes to be sure it is read as one.\n";
  std::string error = open_error(path);
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  EXPECT_NE(error.find("not an SQLite database"), std::string::npos) << error;
}

TEST(StoreOpen, RejectsOtherApplicationsDatabase) {
  TempDir dir;
  auto path = dir.path() / "other.db";
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    exec(db, "CREATE TABLE customers (name TEXT)");
    sqlite3_close(db);
  }
  std::string error = open_error(path);
  EXPECT_NE(error.find("not a dossier store"), std::string::npos) << error;
}

TEST(StoreOpen, ReportsMissingDirectory) {
  TempDir dir;
  auto path = dir.path() / "missing" / "s.db";
  std::string error = open_error(path);
  EXPECT_EQ(error.rfind(path.string() + ": cannot open store", 0), 0u) << error;
}

}  // namespace
}  // namespace dossier
