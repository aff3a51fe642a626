// The reading order of one PDF page: its words grouped into lines, column by column.
#pragma once

#include <string>
#include <vector>

namespace dossier {

// One word of a page's text layer: its text (UTF-8, normalized by normalize_pdf_word) and its
// box in points, y growing downwards from the top of the page.
struct PdfWord {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double font_size = 0;     // the font size, or the box height standing for it
  bool space_after = true;  // the PDF has a space (or a gap) after it
};

// One line of a page in reading order.
struct PdfLine {
  std::string text;  // the words joined by spaces; a table row's cells joined by tabs
  double top = 0, bottom = 0, left = 0, right = 0;  // its box
  double font_size = 0;                             // the largest of its words
  int column = 0;          // 0: the page has one column or the line spans both; 1 left; 2 right
  bool table_row = false;  // its words stand in cells separated by wide gaps
};

// The lines of one page in reading order. Words are grouped into rows by their vertical
// overlap and read left to right. A page with a gutter (a vertical strip near the middle
// that the rows of both halves leave empty) is read column by column: between two lines
// that span the gutter (a title, a footnote), the left column's lines, then the right's.
// Footnote markers (words of digits or * † ‡ in a smaller font, raised and glued to the word
// before them) are dropped. A gap wider than twice the font size inside a row separates
// table cells. Blank words are ignored; no words give no lines.
std::vector<PdfLine> layout_page(std::vector<PdfWord> words);

}  // namespace dossier
