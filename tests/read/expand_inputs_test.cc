#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

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

TEST(ExpandInputsTest, SkipsFifosSocketsAndDevicesWithAWarningNamingThem) {
  TempDir dir;
  const auto a = dir.write("a.txt", "a");
  const auto c = dir.write("c.txt", "c");
  const auto fifo = dir.path() / "b.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto socket_path = dir.path() / "s.txt";
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
  ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);

  std::vector<Diagnostic> diagnostics;
  const auto files =
      expand_inputs({dir.path().string(), fifo.string(), "/dev/null", "-"}, &diagnostics);
  ::close(sock);
  EXPECT_EQ(files, (std::vector<std::filesystem::path>{a, c, "-"}));
  ASSERT_EQ(diagnostics.size(), 4u);
  for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(diagnostics[0].to_string(),
            fifo.string() + ": warning: skipped: not a regular file (a FIFO)");
  EXPECT_EQ(diagnostics[1].to_string(),
            socket_path.string() + ": warning: skipped: not a regular file (a socket)");
  EXPECT_EQ(diagnostics[2].file, fifo.string());
  EXPECT_EQ(diagnostics[3].to_string(),
            "/dev/null: warning: skipped: not a regular file (a character device)");
}

}  // namespace
}  // namespace dossier
