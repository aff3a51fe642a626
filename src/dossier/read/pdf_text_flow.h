// A PDF's text: the lines of its pages joined into paragraphs, with the page boundaries.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dossier/read/pdf_layout.h"

namespace dossier {

struct PdfText {
  std::string text;                      // paragraphs separated by a blank line; "" for none
  std::vector<std::size_t> page_starts;  // one per page, as Document::page_starts
};

// Joins the pages' lines (each page's in reading order, furniture dropped) into text. Lines
// of one paragraph are joined by a space, a word hyphenated at a line end ("infra-" then
// "structure") is joined whole. A paragraph ends at a change of font size, at a vertical gap
// wider than the page's usual line spacing, at a table row (each row is a line of its own,
// the table a paragraph) and, where the text moves to the next column or page, after a line
// that ends a sentence or stops short of its column's right edge (unless the next line starts
// in lower case); otherwise it runs on into the next column or page.
PdfText flow_pdf_text(const std::vector<std::vector<PdfLine>>& pages);

}  // namespace dossier
