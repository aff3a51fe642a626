#include "dossier/store/search.h"

#include <gtest/gtest.h>

#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

class Search : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    store_ = Store::open(dir_.path() / "s.db", &error);
    ASSERT_TRUE(store_) << error;
    Document a = make_document(
        "a.txt",
        "Militants of ISIS-K claimed the bombing of a wedding hall in the capital. Police said "
        "the bomber detonated his vest at the entrance.",
        "Wedding hall bombing");
    a.published = "2023-04-01";
    store_->add_document(a, "en");
    store_->add_document(make_document("b.txt",
                                       "Talks between the government and the rebels resumed in "
                                       "G\u00e9n\u00e8ve after a pause of three months.",
                                       "Talks resume"),
                         "en");
    store_->add_document(make_document("c.txt",
                                       "Two bombs exploded at a bus station; the bombings "
                                       "wounded eleven people.",
                                       "Bus station blasts"),
                         "en");
    for (int i = 0; i < 5; ++i) {
      store_->add_document(make_document("filler" + std::to_string(i),
                                         "Markets were calm on day " + std::to_string(i) + "."),
                           "en");
    }
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(Search, RanksAndHighlights) {
  std::string error;
  auto hits = store_->search("bombing", 10, &error);
  EXPECT_TRUE(error.empty()) << error;
  ASSERT_EQ(hits.size(), 2u);  // porter stemming: "bombing" also matches "bombs"
  EXPECT_GT(hits[0].score, 0);
  EXPECT_GE(hits[0].score, hits[1].score);
  const SearchHit& a = hits[0].source == "a.txt" ? hits[0] : hits[1];
  const SearchHit& c = hits[0].source == "a.txt" ? hits[1] : hits[0];
  EXPECT_EQ(a.title, "Wedding hall bombing");
  EXPECT_EQ(a.published, "2023-04-01");
  EXPECT_EQ(c.source, "c.txt");
  EXPECT_NE(a.snippet.find("\u00abbombing\u00bb"), std::string::npos) << a.snippet;
  EXPECT_NE(c.snippet.find("Two \u00abbombs\u00bb exploded"), std::string::npos) << c.snippet;
  EXPECT_EQ(store_->search("bombing", 1, &error).size(), 1u);
  // More matching terms rank higher.
  hits = store_->search("bomb OR station OR bus", 10, &error);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].source, "c.txt");
  EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_F(Search, SupportsFtsSyntaxAndFoldsDiacritics) {
  std::string error;
  EXPECT_EQ(store_->search("\"bus station\"", 10, &error).size(), 1u);
  EXPECT_EQ(store_->search("bomb* NOT wedding", 10, &error).size(), 1u);
  EXPECT_EQ(store_->search("geneve", 10, &error).size(), 1u);
  EXPECT_EQ(store_->search("title:talks", 10, &error).size(), 1u);
  EXPECT_TRUE(error.empty()) << error;
}

TEST_F(Search, QuotesTermsThatAreNotFtsSyntax) {
  std::string error;
  auto hits = store_->search("ISIS-K", 10, &error);
  EXPECT_TRUE(error.empty()) << error;
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].source, "a.txt");
  EXPECT_EQ(store_->search("bus-station's", 10, &error).size(), 0u);
  EXPECT_EQ(store_->search("unknown:column", 10, &error).size(), 0u);
  EXPECT_TRUE(error.empty()) << error;
  EXPECT_EQ(quote_terms("  a \"b\"  c-d "), "\"a\" \"\"\"b\"\"\" \"c-d\"");
}

TEST_F(Search, ReportsUnusableQuery) {
  std::string error;
  EXPECT_TRUE(store_->search("   ", 10, &error).empty());
  EXPECT_EQ(error, "invalid search query: empty query");
  // A NUL byte breaks even a quoted term.
  EXPECT_TRUE(store_->search(std::string("bus-stop\0x", 10), 10, &error).empty());
  EXPECT_EQ(error.rfind("invalid search query: ", 0), 0u) << error;
  // Unbalanced syntax falls back to quoted terms, which always parse.
  error.clear();
  EXPECT_TRUE(store_->search("\"(", 10, &error).empty());
  EXPECT_TRUE(error.empty()) << error;
}

// FTS5's own check that its index matches the documents table; throws StoreError if not.
void check_index(Store& store) {
  exec(store.handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

TEST(SearchIndex, IndexesABatchAtCommit) {
  TempDir dir;
  std::string error;
  auto store = Store::open(dir.path() / "s.db", &error);
  ASSERT_TRUE(store) << error;
  store->begin();
  store->add_document(make_document("a.txt", "A car bomb exploded near the ministry."), "en");
  store->add_document(make_document("b.txt", "Gunmen attacked a checkpoint at dawn."), "en");
  store->commit();
  EXPECT_EQ(store->search("bomb", 10, &error).size(), 1u);
  EXPECT_EQ(store->search("checkpoint", 10, &error).size(), 1u);
  check_index(*store);
  // A duplicate text adds no second index entry.
  store->begin();
  EXPECT_FALSE(
      store->add_document(make_document("c.txt", "A car bomb exploded near the ministry."), "en")
          .is_new);
  store->commit();
  EXPECT_EQ(store->search("bomb", 10, &error).size(), 1u);
  check_index(*store);
}

TEST(SearchIndex, RolledBackBatchLeavesNoEntries) {
  TempDir dir;
  std::string error;
  auto store = Store::open(dir.path() / "s.db", &error);
  ASSERT_TRUE(store) << error;
  store->add_document(make_document("a.txt", "Rebels shelled the airport."), "en");
  store->begin();
  store->add_document(make_document("b.txt", "A suicide bomber struck a mosque."), "en");
  store->rollback();
  EXPECT_TRUE(store->search("mosque", 10, &error).empty());
  // The next document takes the rolled-back id and is indexed under it.
  store->begin();
  auto added = store->add_document(make_document("c.txt", "A drone hit the mosque."), "en");
  store->commit();
  EXPECT_EQ(added.id, 2);
  auto hits = store->search("mosque", 10, &error);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].source, "c.txt");
  EXPECT_EQ(store->search("airport", 10, &error).size(), 1u);
  check_index(*store);
}

}  // namespace
}  // namespace dossier
