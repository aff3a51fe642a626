#include "dossier/read/html_reader.h"

#include <gumbo.h>

#include <memory>
#include <optional>
#include <utility>

#include "dossier/read/html_limits.h"
#include "dossier/read/html_meta.h"
#include "dossier/read/html_text.h"

namespace dossier {

void read_html(std::string_view html, const std::string& source, ReadResult* out) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported; do not collect them
  // The parse tree points into the bytes it was parsed from: `bounded` outlives it.
  const std::optional<std::string> bounded = bound_html_shape(html);
  const std::string_view page = bounded ? std::string_view(*bounded) : html;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&options, page.data(), page.size()),
      [](GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); });

  Document doc;
  doc.text = html_main_text(parsed->root);
  if (doc.text.empty()) {
    out->diagnostics.push_back(
        {Diagnostic::Severity::kRejected, source, "", "HTML without a body"});
    return;
  }
  HtmlMeta meta = read_html_meta(parsed->root);
  doc.source = source;
  doc.format = "html";
  doc.title = std::move(meta.title);
  doc.published = std::move(meta.published);
  doc.url = std::move(meta.url);
  out->documents.push_back(std::move(doc));
}

}  // namespace dossier
