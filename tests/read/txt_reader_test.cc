#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/read/reader.h"
#include "test_util.h"

namespace dossier {
namespace {

using testing::TempDir;

TEST(TxtReaderTest, ReadsPlainText) {
  TempDir dir;
  const auto path = dir.write("report.txt", "Flooding hit the valley.\nTwo bridges fell.\n");
  const ReadResult result = read_file(path, {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_TRUE(result.diagnostics.empty());
  const Document& doc = result.documents[0];
  EXPECT_EQ(doc.source, path.string());
  EXPECT_EQ(doc.format, "txt");
  EXPECT_EQ(doc.text, "Flooding hit the valley.\nTwo bridges fell.\n");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.published, "");
}

TEST(TxtReaderTest, StripsBomAndNormalizesLineEnds) {
  const ReadResult result =
      read_bytes("\xEF\xBB\xBFLine one\r\nLine two\rLine three\r\n", "x.txt", "txt", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Line one\nLine two\nLine three\n");
  EXPECT_TRUE(result.diagnostics.empty());
}

TEST(TxtReaderTest, RepairsInvalidUtf8WithOneWarning) {
  // BOM (3 bytes) + "abc" puts the first bad byte at offset 6.
  const ReadResult result = read_bytes(
      "\xEF\xBB\xBF"
      "abc\xFF"
      "def\xC3",
      "x.txt", "", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text,
            "abc\xEF\xBF\xBD"
            "def\xEF\xBF\xBD");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const Diagnostic& d = result.diagnostics[0];
  EXPECT_EQ(d.severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(d.where, "byte 6");
  EXPECT_NE(d.message.find("2 bad sequences"), std::string::npos) << d.message;
}

TEST(TxtReaderTest, DecodesUtf16WithBom) {
  const std::string bytes("\xFF\xFEH\0i\0\r\0\n\0", 10);
  const ReadResult result = read_bytes(bytes, "x.txt", "", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Hi\n");
}

TEST(TxtReaderTest, RejectsBinary) {
  const ReadResult nul = read_bytes(std::string("PK\x03\x04\0\0data", 10), "x.bin", "", {});
  EXPECT_TRUE(nul.documents.empty());
  ASSERT_EQ(nul.diagnostics.size(), 1u);
  EXPECT_EQ(nul.diagnostics[0].severity, Diagnostic::Severity::kRejected);
  EXPECT_NE(nul.diagnostics[0].message.find("binary"), std::string::npos);

  const ReadResult controls = read_bytes(
      "ab\x01\x02\x03\x04\x05\x06"
      "cdefgh",
      "y", "", {});
  EXPECT_TRUE(controls.documents.empty());
  ASSERT_EQ(controls.diagnostics.size(), 1u);
  EXPECT_NE(controls.diagnostics[0].message.find("binary"), std::string::npos);
}

TEST(TxtReaderTest, RejectsEmptyAndBlank) {
  TempDir dir;
  const ReadResult empty = read_file(dir.write("empty.txt", ""), {});
  EXPECT_TRUE(empty.documents.empty());
  ASSERT_EQ(empty.diagnostics.size(), 1u);
  EXPECT_EQ(empty.diagnostics[0].message, "empty file");

  const ReadResult blank = read_bytes(" \n\t\n", "blank.txt", "", {});
  EXPECT_TRUE(blank.documents.empty());
  ASSERT_EQ(blank.diagnostics.size(), 1u);
  EXPECT_EQ(blank.diagnostics[0].severity, Diagnostic::Severity::kRejected);
}

TEST(TxtReaderTest, RejectsOversizeNamingSizeAndLimit) {
  TempDir dir;
  const auto path = dir.write("big.txt", std::string(100, 'a'));
  ReadOptions options;
  options.max_bytes = 64;
  const ReadResult result = read_file(path, options);
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_NE(result.diagnostics[0].message.find("100"), std::string::npos);
  EXPECT_NE(result.diagnostics[0].message.find("64"), std::string::npos);

  const ReadResult bytes = read_bytes(std::string(100, 'a'), "-", "", options);
  EXPECT_TRUE(bytes.documents.empty());
  EXPECT_EQ(bytes.diagnostics.size(), 1u);
}

TEST(TxtReaderTest, RejectsMissingUnreadableAndDirectory) {
  TempDir dir;
  const ReadResult missing = read_file(dir.path() / "nope.txt", {});
  ASSERT_EQ(missing.diagnostics.size(), 1u);
  EXPECT_EQ(missing.diagnostics[0].message, "No such file or directory");

  const ReadResult directory = read_file(dir.path(), {});
  ASSERT_EQ(directory.diagnostics.size(), 1u);
  EXPECT_EQ(directory.diagnostics[0].message, "is a directory");

  // A path through a regular file fails with ENOTDIR, even for root.
  const auto file = dir.write("plain.txt", "words");
  const ReadResult not_dir = read_file(file / "child.txt", {});
  ASSERT_EQ(not_dir.diagnostics.size(), 1u);
  EXPECT_EQ(not_dir.diagnostics[0].message, "Not a directory");

  if (::geteuid() != 0) {  // root reads anything
    const auto path = dir.write("secret.txt", "hidden words");
    ::chmod(path.c_str(), 0);
    const ReadResult unreadable = read_file(path, {});
    ASSERT_EQ(unreadable.diagnostics.size(), 1u);
    EXPECT_EQ(unreadable.diagnostics[0].message, "Permission denied");
  }
}

// A FIFO without a writer would block open() and read() forever.
TEST(TxtReaderTest, RejectsFifoAndDeviceWithoutBlocking) {
  TempDir dir;
  const auto fifo = dir.path() / "pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const ReadResult pipe = read_file(fifo, {});
  EXPECT_TRUE(pipe.documents.empty());
  ASSERT_EQ(pipe.diagnostics.size(), 1u);
  EXPECT_EQ(pipe.diagnostics[0].message, "not a regular file");

  const ReadResult device = read_file("/dev/zero", {});
  ASSERT_EQ(device.diagnostics.size(), 1u);
  EXPECT_EQ(device.diagnostics[0].message, "not a regular file");
}

TEST(TxtReaderTest, SniffsFormatWithoutExtension) {
  TempDir dir;
  const ReadResult html = read_file(dir.write("page", "<p>Storm warning issued.</p>"), {});
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_EQ(html.documents[0].format, "html");
  EXPECT_EQ(html.documents[0].text, "Storm warning issued.");

  const ReadResult jsonl =
      read_file(dir.write("records", "{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\n"), {});
  ASSERT_EQ(jsonl.documents.size(), 2u);
  EXPECT_EQ(jsonl.documents[1].format, "jsonl");

  const ReadResult txt = read_bytes("{not json} but prose\nmore prose", "-", "auto", {});
  ASSERT_EQ(txt.documents.size(), 1u);
  EXPECT_EQ(txt.documents[0].format, "txt");
  EXPECT_EQ(txt.documents[0].source, "-");
}

TEST(TxtReaderTest, ExtensionWinsOverContent) {
  TempDir dir;
  const ReadResult result = read_file(dir.write("note.TXT", "<b>not parsed</b>"), {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].format, "txt");
  EXPECT_EQ(result.documents[0].text, "<b>not parsed</b>");
}

TEST(TxtReaderTest, RejectsUnknownHint) {
  const ReadResult result = read_bytes("text", "-", "pdf", {});
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace dossier
