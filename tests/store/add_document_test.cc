#include <gtest/gtest.h>

#include "dossier/store/content_hash.h"
#include "dossier/store/document_pages.h"
#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

// prefix + i (written out to spare GCC 12 a false -Wrestrict on "literal" + std::string).
std::string numbered(const char* prefix, int i) {
  std::string s(prefix);
  s += std::to_string(i);
  return s;
}

class AddDocument : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(dir_.path() / "s.db");
    ASSERT_TRUE(store_);
  }
  std::int64_t count(const std::string& table) {
    Statement s(store_->handle(), "SELECT count(*) FROM " + table);
    s.step();
    std::int64_t n = s.column_int(0);
    s.reset();
    return n;
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(AddDocument, KeepsThePagesOfAPagedDocument) {
  Document paged = make_document("a.pdf", "Page one.\n\nPage two.\n", "");
  paged.format = "pdf";
  paged.page_starts = {0, 11};
  const std::int64_t id = store_->add_document(paged, "en").id;
  const std::int64_t plain = store_->add_document(make_document("b.txt", "No pages.", ""), "en").id;
  EXPECT_EQ(store_->document(id)->page_starts, (std::vector<std::size_t>{0, 11}));
  EXPECT_TRUE(store_->document(plain)->page_starts.empty());
  Statement page(store_->handle(), "SELECT " + page_at_sql("?1", "?2"));
  for (const auto& [document, offset, expected] :
       {std::tuple{id, 0, 1}, {id, 10, 1}, {id, 11, 2}, {id, 20, 2}}) {
    page.reset();
    page.bind(1, document).bind(2, std::int64_t{offset});
    ASSERT_TRUE(page.step());
    EXPECT_EQ(page.column_int(0), expected) << offset;
  }
  page.reset();
  page.bind(1, plain).bind(2, std::int64_t{0});
  ASSERT_TRUE(page.step());
  EXPECT_TRUE(page.column_is_null(0));
}

TEST_F(AddDocument, StoresEveryField) {
  Document d = make_document("in/report.jsonl#3", "Gunmen attacked a checkpoint.", "Attack");
  d.external_id = "r-17";
  d.url = "https://example.org/r17";
  d.published = "2024-05-02";
  d.format = "jsonl";
  d.metadata = {{"author", "\"Jane Roe\""}, {"tags", "[\"a\",\"b\"]"}, {"broken", "{not json"}};
  AddResult added = store_->add_document(d, "en");
  EXPECT_TRUE(added.is_new);
  auto row = store_->document(added.id);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->hash, content_hash(d.text));
  EXPECT_EQ(row->source, d.source);
  EXPECT_EQ(row->external_id, "r-17");
  EXPECT_EQ(row->url, d.url);
  EXPECT_EQ(row->title, "Attack");
  EXPECT_EQ(row->published, "2024-05-02");
  EXPECT_EQ(row->language, "en");
  EXPECT_EQ(row->format, "jsonl");
  EXPECT_EQ(row->text, d.text);
  EXPECT_EQ(row->metadata, R"({"author":"Jane Roe","broken":"{not json","tags":["a","b"]})");
  EXPECT_EQ(row->ingested_at.size(), 20u) << row->ingested_at;
  EXPECT_EQ(store_->sources(added.id), std::vector<std::string>{"in/report.jsonl#3"});
  EXPECT_FALSE(store_->document(added.id + 1));
}

TEST_F(AddDocument, ReAddingChangesNothing) {
  Document d = make_document("a.txt", "Police said two people were arrested after the blast.");
  AddResult first = store_->add_document(d, "en");
  int changes = sqlite3_total_changes(store_->handle());
  AddResult again = store_->add_document(d, "en");
  EXPECT_FALSE(again.is_new);
  EXPECT_EQ(again.id, first.id);
  EXPECT_EQ(sqlite3_total_changes(store_->handle()), changes);
  EXPECT_EQ(store_->document_count(), 1);
  EXPECT_EQ(count("sources"), 1);
}

TEST_F(AddDocument, SameTextFromAnotherSourceIsRecorded) {
  std::string text = "A car bomb exploded near the ministry on Tuesday, officials said.";
  AddResult first = store_->add_document(make_document("feeds/a.txt", text), "en");
  Document copy = make_document("feeds/b.jsonl#9", text, "Different title");
  copy.external_id = "b-9";
  AddResult second = store_->add_document(copy, "en");
  EXPECT_FALSE(second.is_new);
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(store_->document_count(), 1);
  EXPECT_EQ(store_->sources(first.id),
            (std::vector<std::string>{"feeds/a.txt", "feeds/b.jsonl#9"}));
  EXPECT_EQ(store_->document(first.id)->title, "");  // the first copy's fields are kept
  store_->add_document(copy, "en");
  EXPECT_EQ(count("sources"), 2);
}

TEST_F(AddDocument, FindsByIdHashSourceExternalIdAndFileName) {
  store_->add_document(make_document("x/first.txt", "First text."), "en");
  Document d = make_document("corpus/seeds/002_abc.txt", "Second text.");
  d.external_id = "ext-2";
  AddResult second = store_->add_document(d, "en");
  for (const std::string& key : {std::to_string(second.id), content_hash("Second text."),
                                 std::string("ext-2"), std::string("corpus/seeds/002_abc.txt"),
                                 std::string("002_abc.txt"), std::string("seeds/002_abc.txt")}) {
    auto row = store_->find_document(key);
    ASSERT_TRUE(row) << key;
    EXPECT_EQ(row->id, second.id) << key;
  }
  EXPECT_FALSE(store_->find_document("02_abc.txt"));  // not a whole file name
  EXPECT_FALSE(store_->find_document("99"));
  EXPECT_FALSE(store_->find_document(""));
}

TEST_F(AddDocument, StreamsDocumentsInIdOrder) {
  for (int i = 0; i < 50; ++i) {
    store_->add_document(make_document(numbered("d", i), numbered("Text ", i)), "en");
  }
  std::int64_t previous = 0;
  int seen = 0;
  store_->for_each_document([&](const DocumentRow& row) {
    EXPECT_GT(row.id, previous);
    previous = row.id;
    if (seen < 50) {
      EXPECT_EQ(row.text, "Text " + std::to_string(seen));
    }
    // The store stays usable while iterating, for reads and writes.
    EXPECT_EQ(store_->document(row.id)->source, row.source);
    if (seen == 0) store_->add_document(make_document("late", "Added while iterating."), "en");
    ++seen;
  });
  EXPECT_GE(seen, 50);
  EXPECT_EQ(store_->document_count(), 51);
}

TEST_F(AddDocument, RollbackLeavesNothingAndAnIntactFile) {
  store_->add_document(make_document("kept.txt", "Committed before the batch."), "en");
  store_->begin();
  EXPECT_TRUE(store_->in_transaction());
  for (int i = 0; i < 20; ++i) {
    std::string text = "Rolled back paragraph number " + std::to_string(i) +
                       " which is long enough to be hashed as a paragraph of the store.\n";
    store_->add_document(make_document("batch" + std::to_string(i), text + text), "en");
  }
  store_->rollback();
  EXPECT_FALSE(store_->in_transaction());
  EXPECT_EQ(store_->document_count(), 1);
  for (const char* table : {"sources", "paragraphs", "signatures", "signature_bands"}) {
    std::int64_t expected = std::string(table) == "sources" ? 1 : 0;
    if (std::string(table).starts_with("signature")) {
      expected = std::string(table) == "signatures" ? 1 : kMinHashBands;
    }
    EXPECT_EQ(count(table), expected) << table;
  }
  EXPECT_TRUE(store_->search("rolled", 10).empty());
  Statement integrity(store_->handle(), "PRAGMA integrity_check");
  ASSERT_TRUE(integrity.step());
  EXPECT_EQ(integrity.column_text(0), "ok");
  integrity.reset();
  exec(store_->handle(), "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
}

TEST_F(AddDocument, CommittedBatchSurvivesReopen) {
  store_->begin();
  for (int i = 0; i < 10; ++i) {
    store_->add_document(make_document(numbered("b", i), numbered("Body ", i)), "en");
  }
  store_->commit();
  store_.reset();
  store_ = Store::open(dir_.path() / "s.db");
  ASSERT_TRUE(store_);
  EXPECT_EQ(store_->document_count(), 10);
}

TEST_F(AddDocument, UncommittedBatchIsDroppedOnClose) {
  store_->begin();
  store_->add_document(make_document("b", "Never committed."), "en");
  store_.reset();
  store_ = Store::open(dir_.path() / "s.db");
  ASSERT_TRUE(store_);
  EXPECT_EQ(store_->document_count(), 0);
}

TEST_F(AddDocument, FailedAddKeepsTheRestOfTheBatch) {
  store_->begin();
  store_->add_document(make_document("one", "First document of the batch."), "en");
  // Sabotage: a trigger that makes the next document insert fail midway.
  exec(store_->handle(),
       "CREATE TEMP TRIGGER fail_second AFTER INSERT ON main.sources WHEN new.source = 'two' "
       "BEGIN SELECT RAISE(ABORT, 'boom'); END");
  EXPECT_THROW(store_->add_document(make_document("two", "Second document of the batch."), "en"),
               StoreError);
  EXPECT_TRUE(store_->in_transaction());
  store_->commit();
  EXPECT_EQ(store_->document_count(), 1);
  EXPECT_EQ(count("sources"), 1);
  EXPECT_FALSE(store_->find_document("two"));
}

// A fingerprint computed beforehand (on a worker thread) stores exactly what
// add_document computes itself, and finds the same duplicates.
TEST_F(AddDocument, PrecomputedFingerprintActsLikeTheText) {
  const std::string text =
      "A car bomb exploded outside the provincial council building on Sunday morning, killing "
      "nine people and wounding more than thirty, the provincial health director said.\n";
  Document a = make_document("a.txt", text);
  AddResult first = store_->add_document(a, "en", fingerprint(a.text));
  EXPECT_TRUE(first.is_new);
  EXPECT_EQ(store_->document(first.id)->hash, fingerprint(text).hash);
  AddResult again = store_->add_document(make_document("b.txt", text), "en");
  EXPECT_FALSE(again.is_new);
  EXPECT_EQ(again.id, first.id);
}

}  // namespace
}  // namespace dossier
