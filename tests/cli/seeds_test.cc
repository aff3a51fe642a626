// Integration on the development corpus in ../shared (skipped when absent).
#include <gtest/gtest.h>

#include "cli_test.h"

namespace dossier::test {
namespace {

const std::filesystem::path kSeeds =
    std::filesystem::path(DOSSIER_SOURCE_DIR) / "../shared/corpus/seeds";

TEST(Seeds, IngestCountsRepeatedParagraphAndSearch) {
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << "no ../shared/corpus/seeds here";
  auto dir = scratch_dir("seeds");
  std::string db = "--db " + (dir / "seeds.db").string();
  Result r = dossier("ingest " + kSeeds.string() + " " + db);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("read 5, new 5, duplicate 0, rejected 0"), std::string::npos) << r.out;
  // The first seed repeats a whole paragraph.
  EXPECT_NE(r.err.find("000_7d6248db518b3cd4.txt: note: paragraph"), std::string::npos) << r.err;
  Result s = dossier("search Crocus " + db);
  EXPECT_EQ(s.code, 0);
  EXPECT_GE(std::count(s.out.begin(), s.out.end(), '\n'), 8);  // several documents, two lines each
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
