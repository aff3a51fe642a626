#include "dossier/read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <chrono>
#include <limits>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "dossier/read/pdf_furniture.h"
#include "dossier/read/pdf_glyphs.h"
#include "dossier/read/pdf_layout.h"
#include "dossier/read/pdf_meta.h"
#include "dossier/read/pdf_text_flow.h"

namespace dossier {
namespace {

// Silences Poppler, which reports damage it repairs on standard error (the reader reports
// what matters), and keeps one empty document open for the life of the process: Poppler
// builds its global parameters (font and encoding tables) when a document opens while none
// is open and drops them when the last one closes, which cost a sixth of the reading time
// when every file rebuilt them.
void prepare_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    static constexpr char kEmptyPdf[] =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\n"
        "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
        "0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n160\n%%EOF\n";
    static const std::unique_ptr<poppler::document> kept(
        poppler::document::load_from_raw_data(kEmptyPdf, sizeof kEmptyPdf - 1));
  });
}

// The words of a page. Without text_list_include_font, which costs three quarters of the
// time on some PDFs: a word's height stands for its font size.
std::vector<PdfWord> page_words(const poppler::page& page) {
  std::vector<PdfWord> words;
  for (const poppler::text_box& box : page.text_list()) {
    PdfWord w;
    w.text = normalize_pdf_word(utf8_of(box.text()));
    if (w.text.empty()) continue;
    const poppler::rectf r = box.bbox();
    w.x0 = r.left(), w.x1 = r.right(), w.y0 = r.top(), w.y1 = r.bottom();
    w.font_size = r.height();
    w.space_after = box.has_space_after();
    words.push_back(std::move(w));
  }
  return words;
}

// The lines of every page, or the reason the text could not be read in time.
std::optional<std::string> read_pages(const poppler::document& doc, const ReadOptions& options,
                                      std::vector<std::vector<PdfLine>>* pages) {
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < doc.pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc.create_page(i));
    pages->push_back(page ? layout_page(page_words(*page)) : std::vector<PdfLine>{});
    const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
    if (spent.count() > options.max_pdf_seconds)
      return "reading the text took over " + std::to_string(options.max_pdf_seconds) +
             " seconds (at page " + std::to_string(i + 1) + ")";
  }
  return std::nullopt;
}

}  // namespace

void read_pdf(std::string_view bytes, const std::string& source, const ReadOptions& options,
              ReadResult* out) {
  auto reject = [&](std::string message) {
    out->diagnostics.push_back({Diagnostic::Severity::kRejected, source, "", std::move(message)});
  };
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return reject("over 2 GiB, more than the PDF reader takes");
  prepare_poppler();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return reject("not a readable PDF (damaged or truncated)");
  if (doc->is_locked()) return reject("encrypted: it needs a password");
  if (doc->pages() <= 0) return reject("not a readable PDF (damaged or truncated)");
  if (doc->pages() > options.max_pdf_pages)
    return reject(std::to_string(doc->pages()) + " pages, over the limit of " +
                  std::to_string(options.max_pdf_pages));
  std::vector<std::vector<PdfLine>> pages;
  if (std::optional<std::string> late = read_pages(*doc, options, &pages)) return reject(*late);
  drop_page_furniture(&pages);
  PdfText text = flow_pdf_text(pages);
  if (text.text.empty())
    return reject("no text layer: scanned pages need OCR, which dossier does not do");
  const PdfMeta meta = read_pdf_meta(*doc);
  Document d;
  d.source = source;
  d.format = "pdf";
  d.title = meta.title;
  d.text = std::move(text.text);
  d.page_starts = std::move(text.page_starts);
  if (!meta.author.empty()) d.metadata["author"] = nlohmann::json(meta.author).dump();
  if (!meta.created.empty()) d.metadata["pdf_created"] = nlohmann::json(meta.created).dump();
  out->documents.push_back(std::move(d));
}

}  // namespace dossier
