// The knowledge writer on its own: document facts written once, global entities and
// incidents linked across documents, and resolve_all() rebuilding the same links.
#include "dossier/pipeline/knowledge_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <set>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/resolve.h"
#include "dossier/query/documents.h"
#include "dossier/query/entities.h"
#include "dossier/query/events.h"
#include "dossier/store/transaction.h"

namespace dossier {
namespace {

Document report(std::string source, std::string published, std::string text) {
  Document d;
  d.source = std::move(source);
  d.format = "txt";
  d.published = std::move(published);
  d.text = std::move(text);
  return d;
}

class KnowledgeWriterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { models_ = Models::load({data_dir(), {}, true}).release(); }
  static void TearDownTestSuite() { delete models_; }
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("dossier_writer_" + std::to_string(::getpid()) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
    store_ = Store::open(path_);
  }
  void TearDown() override {
    store_.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }
  void add(KnowledgeWriter& writer, const Document& doc) {
    AddResult added = store_->add_document(doc, "en");
    writer.add(added.id, doc, extract_document(doc, *models_));
  }
  void add_two_reports() {
    Transaction t(*store_);
    KnowledgeWriter writer(store_->handle(), *models_);
    add(writer, report("a.txt", "2016-03-22",
                       "BRUSSELS, March 22, 2016 - Two bombs exploded at Brussels Airport on "
                       "Tuesday, killing 11 people, officials said. Prime Minister Charles "
                       "Michel called it a cowardly attack."));
    add(writer, report("b.txt", "2016-03-23",
                       "BRUSSELS, March 23, 2016 - The bombing at Brussels Airport on Tuesday "
                       "killed 14 people, Charles Michel said on Wednesday."));
    writer.settle_undated();
    t.commit();
  }

  // A shooting, and a follow-up 18 days later naming the same victim, in one run or two.
  void add_shooting_and_follow_up(bool two_runs) {
    const Document shooting = report(
        "a.txt", "2016-03-12",
        "SPRINGFIELD, Ill. - Jane Marie Roe, 41, was killed in a shooting on Elm Street early "
        "Saturday, police said.");
    const Document follow_up = report(
        "b.txt", "2016-03-30",
        "A man was charged on Wednesday with murder. Jane Marie Roe, 41, was killed in the "
        "shooting, police said.");
    for (int run = 0; run < (two_runs ? 2 : 1); ++run) {
      Transaction t(*store_);
      KnowledgeWriter writer(store_->handle(), *models_);
      if (run == 0) add(writer, shooting);
      if (run == 1 || !two_runs) add(writer, follow_up);
      writer.settle_undated();
      t.commit();
    }
  }

  static inline Models* models_ = nullptr;
  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
};

TEST_F(KnowledgeWriterTest, LinksOneNameAcrossDocumentsToOneEntity) {
  add_two_reports();
  std::int64_t michel = find_entity_named(*store_, "Charles Michel");
  ASSERT_NE(michel, 0);
  auto detail = entity_detail(*store_, michel);
  ASSERT_TRUE(detail);
  std::set<std::int64_t> documents;
  for (const auto& m : detail->mentions) documents.insert(m.document);
  EXPECT_EQ(documents.size(), 2u);
  for (const auto& a : detail->aliases) EXPECT_FALSE(a.document_rule.empty());
}

TEST_F(KnowledgeWriterTest, WritesIncidentsWithTheirFigures) {
  add_two_reports();
  StoreCounts counts = count_rows(*store_);
  EXPECT_GT(counts.events, 0);
  EXPECT_GT(counts.figures, 0);
  for (const EventListing& e : list_events(*store_, {})) EXPECT_GT(e.documents, 0);
}

TEST_F(KnowledgeWriterTest, ResolvingAgainGivesTheSameLinks) {
  add_two_reports();
  StoreCounts before = count_rows(*store_);
  auto entities = list_entities(*store_, {}, {});
  resolve_store(*store_, *models_);
  StoreCounts after = count_rows(*store_);
  EXPECT_EQ(after.entities, before.entities);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.mentions, before.mentions);
  auto again = list_entities(*store_, {}, {});
  ASSERT_EQ(again.size(), entities.size());
  for (std::size_t i = 0; i < again.size(); ++i) EXPECT_EQ(again[i].name, entities[i].name);
}

TEST_F(KnowledgeWriterTest, AFollowUpNamingTheVictimJoinsInOneRunOrTwo) {
  add_shooting_and_follow_up(false);
  const auto one_run = list_events(*store_, {});
  ASSERT_EQ(one_run.size(), 1u);
  EXPECT_EQ(one_run[0].documents, 2);
  TearDown();
  SetUp();
  add_shooting_and_follow_up(true);
  const auto two_runs = list_events(*store_, {});
  ASSERT_EQ(two_runs.size(), 1u);
  EXPECT_EQ(two_runs[0].documents, 2);
  resolve_store(*store_, *models_);
  EXPECT_EQ(list_events(*store_, {}).size(), 1u);
}

}  // namespace
}  // namespace dossier
