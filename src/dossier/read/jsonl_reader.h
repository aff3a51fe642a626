// JSON Lines reports: one JSON object per line.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "dossier/read/reader.h"

namespace dossier {

// Reads the one report file a record's "path" names (a PDF, HTML or text file, never
// another JSON Lines file): its Document, or a kRejected diagnostic saying why not.
using ReadReport = std::function<ReadResult(const std::filesystem::path&)>;

// Appends one Document per line of `text` (decoded: valid UTF-8, LF line ends) to `out`.
// Keys: "text" or "path" (exactly one, a non-empty string), "id" (string or number),
// "url", "title", "published" (normalized to YYYY-MM-DD; unrecognised -> kWarning and
// empty); any other key goes to Document::metadata as JSON text. A record's "path" is read
// by `read_report`, relative to the folder of `source` unless absolute: the Document is
// the file's (its format, text, pages, title, date and metadata), with the record's keys
// overriding. Source is "<source>#<id>", or "<source>#line<N>" without an id. Blank lines
// are skipped; a bad line (not JSON, not an object, no usable text, both "text" and
// "path", a path that cannot be read) is rejected with where = "line N" and the rest
// continue; the path's own diagnostics are kept at that line, naming the path. A text of
// blank lines only is rejected as a whole (where = "").
void read_jsonl(std::string_view text, const std::string& source, const ReadReport& read_report,
                ReadResult* out);

}  // namespace dossier
