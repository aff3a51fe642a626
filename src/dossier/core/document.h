// The units every stage exchanges: a read document and a problem found while reading.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dossier {

// One report as read from a file, a JSON line or standard input.
// `text` is exactly what is stored; every offset anywhere in dossier is a byte
// offset into it. Readers guarantee valid UTF-8 with LF line ends and no BOM.
struct Document {
  std::string source;       // path as given, "-" for stdin; JSONL: "path#line"
  std::string external_id;  // JSONL `id`, else empty
  std::string url;          // JSONL `url` or HTML canonical link, else empty
  std::string title;        // empty when unknown
  std::string published;    // ISO 8601 date (YYYY-MM-DD) or empty when unknown
  std::string format;       // "txt", "html", "jsonl" or "pdf"
  std::string text;
  std::map<std::string, std::string> metadata;  // other JSONL keys, values as JSON text
  // PDF: the byte offset into `text` where each page's text starts, page 1 first (the
  // first is 0; never decreasing: a blank page starts where the next one does). Empty for
  // documents without pages.
  std::vector<std::size_t> page_starts;
};

// A problem with one input: `where` names the place ("line 3", "byte 1024") or
// is empty when the whole file is concerned. Rejected inputs store nothing;
// warnings accompany a document that was stored anyway.
struct Diagnostic {
  enum class Severity { kWarning, kRejected };
  Severity severity = Severity::kRejected;
  std::string file;
  std::string where;
  std::string message;

  // "file:where: message" (where omitted when empty).
  std::string to_string() const;
};

}  // namespace dossier
