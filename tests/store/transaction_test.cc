#include "dossier/store/transaction.h"

#include <gtest/gtest.h>

#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

class TransactionTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = Store::open(dir_.path() / "s.db"); }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(TransactionTest, CommittedWritesStayAndAreSearchable) {
  {
    Transaction t(*store_);
    store_->add_document(make_document("a.txt", "A bombing at the market."), "en");
    t.commit();
  }
  EXPECT_FALSE(store_->in_transaction());
  EXPECT_EQ(store_->document_count(), 1);
  EXPECT_EQ(store_->search("bombing", 10).size(), 1u);
}

TEST_F(TransactionTest, LeavingTheScopeUncommittedRollsBack) {
  try {
    Transaction t(*store_);
    store_->add_document(make_document("a.txt", "A bombing at the market."), "en");
    throw Error("stop");
  } catch (const Error&) {
  }
  EXPECT_FALSE(store_->in_transaction());
  EXPECT_EQ(store_->document_count(), 0);
  EXPECT_TRUE(store_->search("bombing", 10).empty());
}

TEST_F(TransactionTest, CommitAndContinueKeepsEarlierBatches) {
  {
    Transaction t(*store_);
    store_->add_document(make_document("a.txt", "The first report."), "en");
    t.commit_and_continue();
    EXPECT_TRUE(store_->in_transaction());
    store_->add_document(make_document("b.txt", "The second report."), "en");
  }
  EXPECT_EQ(store_->document_count(), 1);
  EXPECT_EQ(store_->search("first", 10).size(), 1u);
}

TEST_F(TransactionTest, DoNotNest) {
  Transaction t(*store_);
  EXPECT_THROW({ Transaction nested(*store_); }, StoreError);
}

TEST_F(TransactionTest, SavepointsNestAndRollBackAlone) {
  sqlite3* db = store_->handle();
  exec(db, "CREATE TABLE t (x INTEGER)");
  SqlTransaction outer(db, "");
  exec(db, "INSERT INTO t VALUES (1)");
  {
    SqlTransaction inner(db, "inner");
    exec(db, "INSERT INTO t VALUES (2)");
  }
  outer.commit();
  Statement count(db, "SELECT count(*), max(x) FROM t");
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.column_int(0), 1);
  EXPECT_EQ(count.column_int(1), 1);
}

}  // namespace
}  // namespace dossier
