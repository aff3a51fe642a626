// An English and a Russian report of one invented incident become one incident with the
// figures of both, and their disagreement is a conflict like any other.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "dossier/core/data_dir.h"
#include "dossier/pipeline/ingest.h"
#include "dossier/store/store.h"

namespace dossier {
namespace {

std::int64_t count(Store& store, const std::string& sql) {
  Statement s(store.handle(), sql);
  return s.step() ? s.column_int(0) : -1;
}

TEST(Bilingual, OneIncidentFromEnglishAndRussianReports) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dossier_bilingual_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "reports.jsonl");
    out << R"({"id": "en-1", "published": "2021-05-15", "text": "KHASAVYURT, Russia - A bomb )"
           R"(exploded at a crowded market in Khasavyurt on Friday, killing 11 people and )"
           R"(wounding 40 others, police said. No group has claimed the attack."})"
        << "\n"
        << R"({"id": "ru-1", "published": "2021-05-15", "text": "Вчера на рынке в )"
           R"(Хасавюрте прогремел взрыв. По данным полиции, погибли 12 человек, более 40 )"
           R"(ранены. Возбуждено уголовное дело о теракте."})"
        << "\n";
  }
  auto models = Models::load({data_dir(), {}, true});
  IngestOptions options;
  options.db = dir / "bilingual.db";
  std::ostringstream err;
  IngestSummary summary = ingest({(dir / "reports.jsonl").string()}, options, *models, err);
  ASSERT_EQ(summary.added, 2u) << err.str();
  auto store = Store::open(options.db);
  EXPECT_EQ(count(*store, "SELECT count(*) FROM documents WHERE language = 'ru'"), 1);
  EXPECT_EQ(count(*store, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(count(*store, "SELECT count(*) FROM events WHERE date = '2021-05-14'"), 1);
  EXPECT_EQ(count(*store,
                  "SELECT count(DISTINCT d.document) FROM figures f "
                  "JOIN doc_events d ON d.id = f.doc_event WHERE f.measure = 'killed'"),
            2);
  // The place is one entity whatever the script: Khasavyurt and Хасавюрте.
  EXPECT_EQ(count(*store, "SELECT count(*) FROM entities WHERE name = 'Khasavyurt'"), 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier
