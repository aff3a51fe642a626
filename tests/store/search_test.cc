#include "dossier/store/search.h"

#include <gtest/gtest.h>

#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

class Search : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(dir_.path() / "s.db");
    ASSERT_TRUE(store_);
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
  auto hits = store_->search("bombing", 10);
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
  EXPECT_EQ(store_->search("bombing", 1).size(), 1u);
  // More matching terms rank higher.
  hits = store_->search("bomb OR station OR bus", 10);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].source, "c.txt");
  EXPECT_GT(hits[0].score, hits[1].score);
}

TEST_F(Search, SupportsFtsSyntaxAndFoldsDiacritics) {
  EXPECT_EQ(store_->search("\"bus station\"", 10).size(), 1u);
  EXPECT_EQ(store_->search("bomb* NOT wedding", 10).size(), 1u);
  EXPECT_EQ(store_->search("geneve", 10).size(), 1u);
  EXPECT_EQ(store_->search("title:talks", 10).size(), 1u);
}

TEST_F(Search, QuotesTermsThatAreNotFtsSyntax) {
  auto hits = store_->search("ISIS-K", 10);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].source, "a.txt");
  EXPECT_EQ(store_->search("bus-station's", 10).size(), 0u);
  EXPECT_EQ(store_->search("unknown:column", 10).size(), 0u);
  EXPECT_EQ(quote_terms("  a \"b\"  c-d "), "\"a\" \"\"\"b\"\"\" \"c-d\"");
}

TEST_F(Search, ReportsUnusableQuery) {
  auto message = [&](const std::string& query) -> std::string {
    try {
      store_->search(query, 10);
    } catch (const Error& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(message("   "), "invalid search query: empty query");
  // A NUL byte breaks even a quoted term.
  EXPECT_EQ(message(std::string("bus-stop\0x", 10)).rfind("invalid search query: ", 0), 0u);
  // Unbalanced syntax falls back to quoted terms, which always parse.
  EXPECT_TRUE(store_->search("\"(", 10).empty());
}

TEST_F(Search, PagesThroughHits) {
  auto all = store_->search("bomb OR station OR bus", -1);
  ASSERT_GE(all.size(), 2u);
  auto second = store_->search("bomb OR station OR bus", 1, 1);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].document, all[1].document);
  EXPECT_TRUE(store_->search("bomb", 0).empty());
}

// FTS5's own check that its index matches the documents table; throws StoreError if not.
void check_index(Store& store) {
  exec(store.handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

TEST(SearchIndex, IndexesABatchAtCommit) {
  TempDir dir;
  auto store = Store::open(dir.path() / "s.db");
  ASSERT_TRUE(store);
  store->begin();
  store->add_document(make_document("a.txt", "A car bomb exploded near the ministry."), "en");
  store->add_document(make_document("b.txt", "Gunmen attacked a checkpoint at dawn."), "en");
  store->commit();
  EXPECT_EQ(store->search("bomb", 10).size(), 1u);
  EXPECT_EQ(store->search("checkpoint", 10).size(), 1u);
  check_index(*store);
  // A duplicate text adds no second index entry.
  store->begin();
  EXPECT_FALSE(
      store->add_document(make_document("c.txt", "A car bomb exploded near the ministry."), "en")
          .is_new);
  store->commit();
  EXPECT_EQ(store->search("bomb", 10).size(), 1u);
  check_index(*store);
}

TEST(SearchIndex, RolledBackBatchLeavesNoEntries) {
  TempDir dir;
  auto store = Store::open(dir.path() / "s.db");
  ASSERT_TRUE(store);
  store->add_document(make_document("a.txt", "Rebels shelled the airport."), "en");
  store->begin();
  store->add_document(make_document("b.txt", "A suicide bomber struck a mosque."), "en");
  store->rollback();
  EXPECT_TRUE(store->search("mosque", 10).empty());
  // The next document takes the rolled-back id and is indexed under it.
  store->begin();
  auto added = store->add_document(make_document("c.txt", "A drone hit the mosque."), "en");
  store->commit();
  EXPECT_EQ(added.id, 2);
  auto hits = store->search("mosque", 10);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].source, "c.txt");
  EXPECT_EQ(store->search("airport", 10).size(), 1u);
  check_index(*store);
}

}  // namespace
}  // namespace dossier
