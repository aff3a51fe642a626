// The pieces of the PDF reader on words placed by hand: reading order, footnote markers,
// tables, furniture, paragraphs across columns and pages, characters and XMP metadata.
#include "dossier/read/pdf_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/read/pdf_furniture.h"
#include "dossier/read/pdf_glyphs.h"
#include "dossier/read/pdf_meta.h"
#include "dossier/read/pdf_text_flow.h"

namespace dossier {
namespace {

constexpr double kSize = 10;

// The words of `text` set in a line at `x`, `top`, 5 points a character, spaces 3 wide.
std::vector<PdfWord> line_words(const std::string& text, double x, double top,
                                double size = kSize) {
  std::vector<PdfWord> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const double width = 5.0 * static_cast<double>(end - start) * size / kSize;
    out.push_back({text.substr(start, end - start), x, top, x + width, top + size, size, true});
    x += width + 3;
    start = end + 1;
  }
  return out;
}

void append(std::vector<PdfWord>* to, const std::vector<PdfWord>& words) {
  to->insert(to->end(), words.begin(), words.end());
}

std::vector<std::string> texts(const std::vector<PdfLine>& lines) {
  std::vector<std::string> out;
  for (const PdfLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(PdfLayoutTest, ReadsTwoColumnsOneAfterTheOther) {
  std::vector<PdfWord> words;
  append(&words, line_words("A title across both columns of the page", 50, 20, 16));
  for (int i = 0; i < 6; ++i) {
    append(&words, line_words("left column line number " + std::to_string(i), 50, 50 + 14 * i));
    append(&words, line_words("right column line number " + std::to_string(i), 300, 50 + 14 * i));
  }
  const std::vector<PdfLine> lines = layout_page(words);
  ASSERT_EQ(lines.size(), 13u);
  EXPECT_EQ(lines[0].text, "A title across both columns of the page");
  EXPECT_EQ(lines[1].text, "left column line number 0");
  EXPECT_EQ(lines[6].text, "left column line number 5");
  EXPECT_EQ(lines[7].text, "right column line number 0");
  EXPECT_EQ(lines[7].column, 2);
}

TEST(PdfLayoutTest, OneColumnIsReadRowByRow) {
  std::vector<PdfWord> words;
  for (int i = 0; i < 8; ++i)
    append(&words, line_words("a line of prose that runs across the page " + std::to_string(i), 50,
                              50 + 14 * i));
  const std::vector<PdfLine> lines = layout_page(words);
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(lines[3].column, 0);
}

TEST(PdfLayoutTest, DropsARaisedSmallFootnoteMarker) {
  std::vector<PdfWord> words = line_words("killed 144 people", 50, 50);
  PdfWord& number = words[1];
  number.space_after = false;
  const PdfWord marker{"1", number.x1 + 0.5, 48, number.x1 + 3.5, 54, 6, true};
  words.insert(words.begin() + 2, marker);
  const std::vector<PdfLine> lines = layout_page(words);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "killed 144 people");
}

TEST(PdfLayoutTest, KeepsADigitInTheSameFont) {
  std::vector<PdfWord> words = line_words("killed 144", 50, 50);
  words.push_back({"1", words[1].x1 + 3, 50, words[1].x1 + 8, 60, kSize, true});
  EXPECT_EQ(layout_page(words)[0].text, "killed 144 1");
}

TEST(PdfLayoutTest, SeparatesTableCellsWithTabs) {
  std::vector<PdfWord> words;
  append(&words, line_words("District", 50, 50));
  append(&words, line_words("1200", 200, 50));
  const std::vector<PdfLine> lines = layout_page(words);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "District\t1200");
  EXPECT_TRUE(lines[0].table_row);
}

TEST(PdfLayoutTest, NoWordsNoLines) {
  EXPECT_TRUE(layout_page({}).empty());
  EXPECT_TRUE(layout_page({{" ", 0, 0, 1, 1, 1, true}}).empty());
}

PdfLine line(const std::string& text, double top, double right = 500, double size = kSize) {
  PdfLine l;
  l.text = text;
  l.top = top, l.bottom = top + size, l.left = 50, l.right = right, l.font_size = size;
  return l;
}

TEST(PdfFurnitureTest, DropsRunningHeadersAndPageNumbers) {
  std::vector<std::vector<PdfLine>> pages;
  for (int p = 1; p <= 3; ++p)
    pages.push_back({line("Institute Report " + std::to_string(p) + "/2031", 20),
                     line("Body text of page " + std::to_string(p), 60), line("More body text", 74),
                     line("- " + std::to_string(p) + " -", 800)});
  drop_page_furniture(&pages);
  for (int p = 1; p <= 3; ++p)
    EXPECT_EQ(
        texts(pages[p - 1]),
        (std::vector<std::string>{"Body text of page " + std::to_string(p), "More body text"}));
}

TEST(PdfFurnitureTest, DropsAHeaderWithItsPageNumberInACell) {
  std::vector<std::vector<PdfLine>> pages = {{line("Chapter 2: Methods\t3", 20), line("Body", 60)},
                                             {line("4\tAnnual report", 20), line("Text", 60)}};
  drop_page_furniture(&pages);
  EXPECT_EQ(texts(pages[0]), std::vector<std::string>{"Body"});
  EXPECT_EQ(texts(pages[1]), std::vector<std::string>{"Text"});
  std::vector<std::vector<PdfLine>> table = {{line("Body", 20), line("Total\t1200", 60)}};
  drop_page_furniture(&table);
  EXPECT_EQ(table[0].size(), 2u);
}

TEST(PdfTextFlowTest, AShortLineEndsItsParagraphAtAPageBreak) {
  const PdfText t = flow_pdf_text(
      {{line("A line that runs across the column", 40, 500), line("A heading", 54, 150)},
       {line("Introduction", 40, 200)}});
  EXPECT_EQ(t.text, "A line that runs across the column A heading\n\nIntroduction\n");
}

TEST(PdfFurnitureTest, KeepsALineThatDoesNotRecur) {
  std::vector<std::vector<PdfLine>> pages = {{line("A title", 20), line("Body", 60)},
                                             {line("Another heading", 20), line("Text", 60)}};
  drop_page_furniture(&pages);
  EXPECT_EQ(pages[0].size(), 2u);
  EXPECT_EQ(pages[1].size(), 2u);
}

TEST(PdfTextFlowTest, JoinsLinesHyphensAndParagraphs) {
  const PdfText t = flow_pdf_text(
      {{line("Big title", 10, 200, 16), line("The infra-", 40), line("structure was hit.", 54),
        line("It burned.", 68), line("Next paragraph", 92), line("ends here.", 106)}});
  EXPECT_EQ(t.text,
            "Big title\n\nThe infrastructure was hit. It burned.\n\nNext paragraph ends here.\n");
  EXPECT_EQ(t.page_starts, std::vector<std::size_t>{0});
}

TEST(PdfTextFlowTest, RunsOnAcrossPagesUnlessASentenceEnds) {
  const PdfText t = flow_pdf_text(
      {{line("The toll rose to", 40)}, {line("twelve.", 40)}, {}, {line("New page.", 40)}});
  EXPECT_EQ(t.text, "The toll rose to twelve.\n\nNew page.\n");
  EXPECT_EQ(t.page_starts, (std::vector<std::size_t>{0, 17, 26, 26}));
}

TEST(PdfTextFlowTest, TableRowsStayLines) {
  PdfLine a = line("A\t1", 40), b = line("B\t2", 54);
  a.table_row = b.table_row = true;
  EXPECT_EQ(flow_pdf_text({{line("Text:", 20), a, b}}).text, "Text:\n\nA\t1\nB\t2\n");
}

TEST(PdfGlyphsTest, NormalizesCharacters) {
  EXPECT_EQ(normalize_pdf_word("ﬁnancing"), "financing");
  EXPECT_EQ(normalize_pdf_word("ﬂats"), "flats");
  EXPECT_EQ(normalize_pdf_word("recon\xC2\xADstruc\xC2\xAD"), "reconstruc-");
  EXPECT_EQ(normalize_pdf_word("144¹"), "144");
  EXPECT_EQ(normalize_pdf_word("attacks.²³"), "attacks.");
  EXPECT_EQ(normalize_pdf_word("km²"), "km²");
  EXPECT_EQ(normalize_pdf_word("a\x01"
                               "b\xFF"),
            "ab");
}

TEST(PdfMetaTest, ParsesXmp) {
  const PdfMeta m = parse_xmp(
      "<x:xmpmeta><rdf:RDF><rdf:Description xmp:CreateDate=\"2031-05-14T09:00:00+03:00\">"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Attacks &amp; arrests</rdf:li>"
      "</rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>A. Writer</rdf:li>"
      "<rdf:li>B. Writer</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF>"
      "</x:xmpmeta>");
  EXPECT_EQ(m.title, "Attacks & arrests");
  EXPECT_EQ(m.author, "A. Writer, B. Writer");
  EXPECT_EQ(m.created, "2031-05-14");
}

TEST(PdfMetaTest, MalformedXmpGivesNothing) {
  const PdfMeta m = parse_xmp("<dc:title><rdf:li>unclosed");
  EXPECT_EQ(m.title, "");
  EXPECT_EQ(parse_xmp("").created, "");
}

}  // namespace
}  // namespace dossier
