// The PDF reader on the PDFs tests/read/pdf/make_test_pdfs.py makes at build time, each
// compared with the text it was made from. Skipped when they were not made (no
// python3-reportlab).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dossier/read/reader.h"

namespace dossier {
namespace {

const std::filesystem::path kPdfs = DOSSIER_TEST_PDFS;

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class PdfReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPdfs / "made"))
      GTEST_SKIP() << "no generated PDFs (python3-reportlab missing)";
  }

  // The one document read from `name`.pdf.
  static Document read(const std::string& name, const ReadOptions& options = {}) {
    const ReadResult r = read_file(kPdfs / (name + ".pdf"), options);
    EXPECT_EQ(r.documents.size(), 1u) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
    return r.documents.empty() ? Document{} : r.documents[0];
  }

  // The message of the one rejection reading `path` gives.
  static std::string rejection(const std::filesystem::path& path, const ReadOptions& options = {}) {
    const ReadResult r = read_file(path, options);
    EXPECT_TRUE(r.documents.empty());
    EXPECT_EQ(r.diagnostics.size(), 1u);
    if (r.diagnostics.empty()) return "";
    EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kRejected);
    EXPECT_EQ(r.diagnostics[0].file, path.string());
    return r.diagnostics[0].message;
  }

  // The text of page `number` (1-based) of `doc`.
  static std::string page(const Document& doc, std::size_t number) {
    const std::size_t start = doc.page_starts.at(number - 1);
    const std::size_t end =
        number < doc.page_starts.size() ? doc.page_starts[number] : doc.text.size();
    return doc.text.substr(start, end - start);
  }
};

TEST_F(PdfReaderTest, OneColumnReadsAsItsSource) {
  const Document doc = read("one_column");
  EXPECT_EQ(doc.format, "pdf");
  EXPECT_EQ(doc.text, slurp(kPdfs / "one_column.txt"));
}

TEST_F(PdfReaderTest, FootnoteMarkerIsNotGluedToTheNumber) {
  const Document doc = read("one_column");
  EXPECT_NE(doc.text.find("killing 23 people"), std::string::npos);
  EXPECT_EQ(doc.text.find("231"), std::string::npos);
  EXPECT_NE(doc.text.find("1 Figure given by the provincial health department"), std::string::npos);
}

TEST_F(PdfReaderTest, RunningHeaderAndPageNumbersAreDropped) {
  const Document doc = read("one_column");
  EXPECT_EQ(doc.text.find("Security Desk"), std::string::npos);
  EXPECT_FALSE(doc.text.ends_with("2\n"));
}

TEST_F(PdfReaderTest, KeepsPageBoundaries) {
  const Document doc = read("one_column");
  ASSERT_EQ(doc.page_starts.size(), 2u);
  EXPECT_EQ(doc.page_starts[0], 0u);
  EXPECT_TRUE(page(doc, 1).starts_with("Market attack in Kandahar"));
  EXPECT_TRUE(page(doc, 2).starts_with("Security forces sealed the district"));
}

TEST_F(PdfReaderTest, TwoColumnsReadColumnByColumn) {
  const Document doc = read("two_columns");
  EXPECT_EQ(doc.text, slurp(kPdfs / "two_columns.txt"));
  EXPECT_EQ(doc.page_starts.size(), 2u);
}

TEST_F(PdfReaderTest, HyphenatedWordsTablesAndLigatures) {
  const Document doc = read("paper");
  EXPECT_EQ(doc.text, slurp(kPdfs / "paper.txt"));
  EXPECT_NE(doc.text.find("\nNorthfield\t1200\t640\nRiverside\t830\t415\n"), std::string::npos);
  EXPECT_NE(doc.text.find("efficient financing of flats"), std::string::npos);
}

TEST_F(PdfReaderTest, CyrillicText) {
  const Document doc = read("russian");
  EXPECT_EQ(doc.text, slurp(kPdfs / "russian.txt"));
  EXPECT_EQ(doc.title, "Взрыв на рынке в Белгороде");
}

TEST_F(PdfReaderTest, MetadataFromTheInformationDictionary) {
  const Document doc = read("undated");
  EXPECT_EQ(doc.title, "Statement on the market attack");
  EXPECT_EQ(doc.metadata.at("author"), "\"Example Office\"");
  EXPECT_EQ(doc.metadata.at("pdf_created"), "\"2031-05-15\"");
  EXPECT_EQ(doc.published, "");
}

TEST_F(PdfReaderTest, MetadataFromXmp) {
  const Document doc = read("xmp_only");
  EXPECT_EQ(doc.text, slurp(kPdfs / "xmp_only.txt"));
  EXPECT_EQ(doc.title, "Monitoring note 7");
  EXPECT_EQ(doc.metadata.at("author"), "\"Field Office\"");
  EXPECT_EQ(doc.metadata.at("pdf_created"), "\"2031-06-02\"");
}

TEST_F(PdfReaderTest, SniffsAPdfWithoutItsExtension) {
  const std::string bytes = slurp(kPdfs / "russian.pdf");
  const ReadResult r = read_bytes(bytes, "-", "", {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].format, "pdf");
}

TEST_F(PdfReaderTest, RejectsEncrypted) {
  EXPECT_EQ(rejection(kPdfs / "encrypted.pdf"), "encrypted: it needs a password");
}

TEST_F(PdfReaderTest, RejectsScannedPages) {
  EXPECT_EQ(rejection(kPdfs / "scanned.pdf"),
            "no text layer: scanned pages need OCR, which dossier does not do");
}

TEST_F(PdfReaderTest, RejectsTruncatedAndMalformed) {
  const std::string bytes = slurp(kPdfs / "one_column.pdf");
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "dossier_pdf_test";
  std::filesystem::create_directories(dir);
  for (const auto& [name, content] :
       {std::pair<std::string, std::string>{"truncated.pdf", bytes.substr(0, bytes.size() / 3)},
        {"garbage.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n"},
        {"not_a_pdf.pdf", "Just some text in a file named .pdf\n"}}) {
    const std::filesystem::path path = dir / name;
    std::ofstream(path, std::ios::binary) << content;
    const std::string message = rejection(path);
    EXPECT_TRUE(message == "not a readable PDF (damaged or truncated)" ||
                message == "no text layer: scanned pages need OCR, which dossier does not do")
        << name << ": " << message;
  }
  std::filesystem::remove_all(dir);
}

TEST_F(PdfReaderTest, PageAndTimeLimits) {
  ReadOptions pages;
  pages.max_pdf_pages = 1;
  EXPECT_EQ(rejection(kPdfs / "one_column.pdf", pages), "2 pages, over the limit of 1");
  ReadOptions time;
  time.max_pdf_seconds = 0;
  EXPECT_EQ(rejection(kPdfs / "one_column.pdf", time),
            "reading the text took over 0 seconds (at page 1)");
}

}  // namespace
}  // namespace dossier
