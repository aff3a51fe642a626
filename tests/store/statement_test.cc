#include "dossier/store/statement.h"

#include <gtest/gtest.h>

#include "dossier/store/content_hash.h"

namespace dossier {
namespace {

class StatementTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK); }
  void TearDown() override { sqlite3_close(db_); }
  sqlite3* db_ = nullptr;
};

TEST_F(StatementTest, BindsStepsAndReuses) {
  exec(db_, "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
  Statement insert(db_, "INSERT INTO t VALUES (?, ?, ?, ?)");
  std::string text = "caf\u00e9";
  insert.bind_all(std::int64_t{1} << 40, 2.5, text).bind_blob(4, "\0x", 2);
  insert.run();
  insert.reset();
  insert.bind(1, 7).bind_null(2).bind(3, "seven").bind_null(4);
  insert.run();
  Statement select(db_, "SELECT i, r, s, b FROM t ORDER BY i DESC");
  ASSERT_TRUE(select.step());
  EXPECT_EQ(select.column_int(0), std::int64_t{1} << 40);
  EXPECT_EQ(select.column_double(1), 2.5);
  EXPECT_EQ(select.column_text(2), text);
  EXPECT_EQ(select.column_blob(3), std::string_view("\0x", 2));
  ASSERT_TRUE(select.step());
  EXPECT_TRUE(select.column_is_null(1));
  EXPECT_EQ(select.column_view(2), "seven");
  EXPECT_FALSE(select.step());
  EXPECT_TRUE(select.step());  // reset after the end: runs again
}

TEST_F(StatementTest, ErrorsNameTheSql) {
  try {
    Statement bad(db_, "SELEC 1");
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("SELEC 1"), std::string::npos) << e.what();
    EXPECT_EQ(e.code() & 0xff, SQLITE_ERROR);
  }
  exec(db_, "CREATE TABLE u (x INTEGER UNIQUE)");
  Statement insert(db_, "INSERT INTO u VALUES (1)");
  insert.run();
  try {
    insert.run();
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_EQ(e.code(), SQLITE_CONSTRAINT_UNIQUE);
    EXPECT_NE(e.sqlite_message().find("UNIQUE"), std::string::npos) << e.sqlite_message();
  }
  EXPECT_THROW(exec(db_, "DROP TABLE missing"), StoreError);
}

TEST(ContentHash, IsSha256) {
  EXPECT_EQ(content_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace dossier
