#include <gtest/gtest.h>

#include "dossier/read/reader.h"
#include "test_util.h"

namespace dossier {
namespace {

using testing::TempDir;

TEST(ExpandInputsTest, WalksDirectoriesSortedWithoutHiddenFiles) {
  TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a.html", "a");
  dir.write("sub/c.jsonl", "c");
  dir.write(".hidden.txt", "h");
  dir.write(".git/config", "g");
  const auto single = dir.write("single.txt", "s");

  std::vector<Diagnostic> diagnostics;
  const auto files = expand_inputs(
      {(dir.path() / "sub").string(), "-", dir.path().string(), single.string()}, &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  const std::vector<std::filesystem::path> expected = {dir.path() / "sub/c.jsonl",
                                                       "-",
                                                       dir.path() / "a.html",
                                                       dir.path() / "b.txt",
                                                       dir.path() / "single.txt",
                                                       dir.path() / "sub/c.jsonl",
                                                       single};
  EXPECT_EQ(files, expected);
}

TEST(ExpandInputsTest, MissingPathGivesDiagnostic) {
  TempDir dir;
  const auto kept = dir.write("kept.txt", "k");
  std::vector<Diagnostic> diagnostics;
  const auto files =
      expand_inputs({(dir.path() / "missing.txt").string(), kept.string()}, &diagnostics);
  EXPECT_EQ(files, std::vector<std::filesystem::path>{kept});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Diagnostic::Severity::kRejected);
  EXPECT_EQ(diagnostics[0].file, (dir.path() / "missing.txt").string());
}

}  // namespace
}  // namespace dossier
