// The sample corpus end to end, byte for byte: the export and every view of
// tests/data/sample/commands.txt print what they printed when the goldens were made
// (scripts/update_goldens.sh regenerates them after an intended change).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli_test.h"
#include "dossier/store/content_hash.h"

namespace dossier::test {
namespace {

const std::filesystem::path kSource(DOSSIER_SOURCE_DIR);
const std::filesystem::path kGoldens = kSource / "tests/data/sample";

struct Command {
  std::string name, args;
};

std::vector<Command> commands() {
  std::ifstream in(kGoldens / "commands.txt");
  std::vector<Command> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t space = line.find(' ');
    out.push_back({line.substr(0, space), line.substr(space + 1)});
  }
  return out;
}

TEST(Golden, SampleCorpusOutputsAreUnchanged) {
  auto dir = scratch_dir("golden");
  std::string db = " --db " + (dir / "sample.db").string();
  // Sources are stored as given: ingest from examples/ as the script does.
  auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(kSource / "examples");
  Result ingest = dossier("ingest reports" + db);
  std::filesystem::current_path(cwd);
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  auto list = commands();
  ASSERT_GE(list.size(), 10u);
  for (const Command& c : list) {
    Result r = dossier(c.args + db);
    std::string expected = read_file(kGoldens / (c.name + ".out"));
    std::string actual = r.out + "[exit " + std::to_string(r.code) + "]\n";
    EXPECT_EQ(actual, expected) << "dossier " << c.args << " differs from " << c.name
                                << ".out (scripts/update_goldens.sh regenerates it)";
  }
  std::filesystem::remove_all(dir);
}

TEST(Golden, SeedsExportIsUnchanged) {
  const auto corpus = kSource / "../shared/corpus";
  if (!std::filesystem::exists(corpus / "seeds")) GTEST_SKIP() << "no ../shared/corpus/seeds here";
  auto dir = scratch_dir("golden-seeds");
  std::string db = " --db " + (dir / "seeds.db").string();
  auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(corpus);
  Result ingest = dossier("ingest seeds" + db);
  std::filesystem::current_path(cwd);
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  // Only a digest is pinned: the seeds belong to their publishers and stay out of the project.
  EXPECT_EQ(content_hash(dossier("export --format json" + db).out) + "\n",
            read_file(kSource / "tests/data/seeds_export.sha256"))
      << "scripts/update_goldens.sh regenerates tests/data/seeds_export.sha256";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
