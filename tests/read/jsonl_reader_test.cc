#include <gtest/gtest.h>

#include "dossier/read/reader.h"
#include "test_util.h"

namespace dossier {
namespace {

TEST(JsonlReaderTest, ReadsFieldsAndMetadata) {
  const std::string input =
      R"({"id": "r-1", "url": "https://news.example/a", "title": "Dam breach", )"
      R"("published": "2022-06-14T09:30:00Z", "text": "Water rose.\r\nRoads closed.", )"
      R"("lang": "en", "tags": ["flood", "dam"]})"
      "\n"
      R"({"text": "A second report.", "id": 42})"
      "\n";
  const ReadResult result = read_bytes(input, "feed.jsonl", "jsonl", {});
  EXPECT_TRUE(result.diagnostics.empty());
  ASSERT_EQ(result.documents.size(), 2u);
  const Document& a = result.documents[0];
  EXPECT_EQ(a.source, "feed.jsonl#r-1");
  EXPECT_EQ(a.external_id, "r-1");
  EXPECT_EQ(a.url, "https://news.example/a");
  EXPECT_EQ(a.title, "Dam breach");
  EXPECT_EQ(a.published, "2022-06-14");
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.text, "Water rose.\nRoads closed.");
  ASSERT_EQ(a.metadata.size(), 2u);
  EXPECT_EQ(a.metadata.at("lang"), "\"en\"");
  EXPECT_EQ(a.metadata.at("tags"), "[\"flood\",\"dam\"]");
  EXPECT_EQ(result.documents[1].external_id, "42");
  EXPECT_EQ(result.documents[1].source, "feed.jsonl#42");
}

TEST(JsonlReaderTest, RejectsBadLinesByNumberAndContinues) {
  const std::string input =
      "{\"text\": \"first\"}\n"
      "\n"
      "{\"text\": \"broken\"\n"
      "[1, 2]\n"
      "{\"title\": \"no text\"}\n"
      "{\"text\": 7}\n"
      "{\"text\": \"  \"}\n"
      "{\"text\": \"last\"}\n";
  const ReadResult result = read_bytes(input, "f.jsonl", "jsonl", {});
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].source, "f.jsonl#line1");
  EXPECT_EQ(result.documents[1].source, "f.jsonl#line8");
  ASSERT_EQ(result.diagnostics.size(), 5u);
  const char* expected_where[] = {"line 3", "line 4", "line 5", "line 6", "line 7"};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(result.diagnostics[i].severity, Diagnostic::Severity::kRejected);
    EXPECT_EQ(result.diagnostics[i].where, expected_where[i]);
    EXPECT_EQ(result.diagnostics[i].file, "f.jsonl");
  }
  EXPECT_EQ(result.diagnostics[2].message, "missing \"text\" (or \"path\")");
  EXPECT_EQ(result.diagnostics[1].to_string(), "f.jsonl:line 4: error: not a JSON object");
}

TEST(JsonlReaderTest, OnlyBlankLinesIsARejectionThatSaysWhy) {
  // Found by the jsonl fuzz target: a lone line break gave no document and no reason.
  const ReadResult result = read_bytes("\n", "f.jsonl", "jsonl", {});
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Diagnostic::Severity::kRejected);
  EXPECT_EQ(result.diagnostics[0].message, "no records: only blank lines");
}

TEST(JsonlReaderTest, NumberTooLargeIsARejectionNotACrash) {
  // Found by the jsonl fuzz target in CI: an exponent beyond any double threw an
  // exception the reader did not catch.
  const ReadResult result = read_bytes("{\"text\": \"x\", \"n\": 1e99999}\n{\"text\": \"kept\"}\n",
                                       "f.jsonl", "jsonl", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "kept");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].to_string(),
            "f.jsonl:line 1: error: not valid JSON (a number too large to read)");
}

TEST(JsonlReaderTest, BadPublishedDateWarnsAndKeepsRecord) {
  const ReadResult result = read_bytes(
      R"({"text": "Quiet day.", "published": "sometime in spring"})", "f.jsonl", "jsonl", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].published, "");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(result.diagnostics[0].where, "line 1");
}

TEST(JsonlReaderTest, PlainDateKept) {
  const ReadResult result =
      read_bytes(R"({"text": "x", "published": "2021-01-31", "title": null})", "f", "jsonl", {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].published, "2021-01-31");
  EXPECT_TRUE(result.diagnostics.empty());
}

TEST(JsonlReaderTest, ARecordPathIsReadRelativeToTheFileWithTheRecordOverriding) {
  const testing::TempDir dir;
  dir.write("reports/a.html",
            "<html><head><title>From the page</title></head><body><p>Shots in Herat.</p>"
            "</body></html>");
  const std::filesystem::path note = dir.write("note.txt", "A blast in Kabul.\n");
  const std::filesystem::path feed = dir.write(
      "feed.jsonl",
      R"({"id": "a", "path": "reports/a.html", "title": "From the record", "lang": "en"})"
      "\n" +
          std::string(R"({"path": ")") + note.string() + R"(", "published": "2021-08-28"})" + "\n");
  const ReadResult result = read_file(feed, {});
  EXPECT_TRUE(result.diagnostics.empty()) << result.diagnostics[0].to_string();
  ASSERT_EQ(result.documents.size(), 2u);
  const Document& a = result.documents[0];
  EXPECT_EQ(a.source, feed.string() + "#a");
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.text, "Shots in Herat.");
  EXPECT_EQ(a.title, "From the record");
  EXPECT_EQ(a.metadata.at("lang"), "\"en\"");
  EXPECT_EQ(a.metadata.at("path"), "\"reports/a.html\"");
  const Document& b = result.documents[1];
  EXPECT_EQ(b.source, feed.string() + "#line2");
  EXPECT_EQ(b.format, "txt");
  EXPECT_EQ(b.published, "2021-08-28");
}

TEST(JsonlReaderTest, ABadRecordPathRejectsThatRecordOnly) {
  const testing::TempDir dir;
  dir.write("inner.jsonl", R"({"text": "nested"})");
  dir.write("empty.txt", "");
  const std::filesystem::path feed = dir.write("feed.jsonl",
                                               "{\"path\": \"missing.pdf\"}\n"
                                               "{\"path\": \"inner.jsonl\"}\n"
                                               "{\"path\": \"empty.txt\"}\n"
                                               "{\"text\": \"kept\", \"path\": \"empty.txt\"}\n"
                                               "{\"path\": 3}\n"
                                               "{\"text\": \"kept\"}\n");
  const ReadResult result = read_file(feed, {});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].source, feed.string() + "#line6");
  ASSERT_EQ(result.diagnostics.size(), 5u);
  for (const Diagnostic& d : result.diagnostics)
    EXPECT_EQ(d.severity, Diagnostic::Severity::kRejected) << d.to_string();
  EXPECT_EQ(result.diagnostics[0].to_string(),
            feed.string() + ":line 1: error: \"path\" missing.pdf: No such file or directory");
  EXPECT_EQ(result.diagnostics[1].message, "\"path\" inner.jsonl: a JSON Lines file, not a report");
  EXPECT_EQ(result.diagnostics[2].message, "\"path\" empty.txt: empty file");
  EXPECT_EQ(result.diagnostics[3].to_string(),
            feed.string() + ":line 4: error: both \"text\" and \"path\": give one");
  EXPECT_EQ(result.diagnostics[4].message, "\"path\" is not a string");
}

}  // namespace
}  // namespace dossier
