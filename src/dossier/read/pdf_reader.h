// PDF reports: the text layer of every page in reading order, the page boundaries and the
// metadata, read with Poppler.
#pragma once

#include <string>
#include <string_view>

#include "dossier/read/reader.h"

namespace dossier {

// Appends one Document (format "pdf") read from `bytes` to `out`: the pages' text laid out
// by layout_page, furniture dropped by drop_page_furniture, joined by flow_pdf_text, with
// Document::page_starts; title from read_pdf_meta, the author as metadata "author" and the
// creation date as metadata "pdf_created" (JSON strings). Otherwise appends one kRejected
// diagnostic naming the reason: "not a readable PDF (damaged or truncated)", "over 2 GiB, more
// than the PDF reader takes", "encrypted: it
// needs a password", "no text layer: scanned pages need OCR, which dossier does not do", "N
// pages, over the limit of M" (options.max_pdf_pages) or "reading the text took over N
// seconds (at page K)" (options.max_pdf_seconds, checked after each page). Never writes to
// standard error; safe on any thread.
void read_pdf(std::string_view bytes, const std::string& source, const ReadOptions& options,
              ReadResult* out);

}  // namespace dossier
