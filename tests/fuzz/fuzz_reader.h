// The shared body of the reader targets: read_bytes() with a format hint, then the
// contract of reader.h on what comes out.
#pragma once

#include "dossier/read/reader.h"
#include "fuzz_check.h"

namespace dossier::fuzz {

inline void read_as(const std::uint8_t* data, std::size_t size, const char* format) {
  const ReadResult result = read_bytes(bytes_of(data, size), "fuzz", format, {});
  for (const Document& doc : result.documents) {
    check(is_valid_utf8(doc.text), "document text is valid UTF-8");
    check(doc.text.find('\r') == std::string::npos, "document text has LF line ends");
    check(!doc.text.empty(), "documents are not empty");
    // A JSON Lines record's "path" brings the format of the file it names.
    check(doc.format == format || doc.metadata.count("path") != 0,
          "document format is the hint, or that of a record's path");
  }
  if (result.documents.empty()) check(!result.diagnostics.empty(), "a rejection says why");
}

}  // namespace dossier::fuzz
