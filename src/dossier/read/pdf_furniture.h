// Page furniture of a PDF: running headers, running footers and page numbers.
#pragma once

#include <vector>

#include "dossier/read/pdf_layout.h"

namespace dossier {

// Drops from each page (its lines in reading order) the furniture among its two topmost and
// two bottommost lines (one each on a page of fewer than 6 lines): page numbers ("4", "- 4 -",
// "Page 4", "4 of 12", "Стр. 4") on any page, headers and footers set as two cells, one the
// page's number give or take 30 ("Chapter 2: Methods<tab>3"), and lines that recur, digits aside,
// at the top or bottom of at least half of the pages when there are two or more.
void drop_page_furniture(std::vector<std::vector<PdfLine>>* pages);

}  // namespace dossier
