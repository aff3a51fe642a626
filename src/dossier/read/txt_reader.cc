#include "dossier/read/txt_reader.h"

#include <utility>

#include "dossier/read/text_decode.h"

namespace dossier {

void read_txt(std::string text, const std::string& source, ReadResult* out) {
  if (is_blank(text)) {
    out->diagnostics.push_back({Diagnostic::Severity::kRejected, source, "", "no text"});
    return;
  }
  Document doc;
  doc.source = source;
  doc.format = "txt";
  doc.text = std::move(text);
  out->documents.push_back(std::move(doc));
}

}  // namespace dossier
