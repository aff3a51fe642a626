// JSON Lines reports: one JSON object per line.
#pragma once

#include <string>
#include <string_view>

#include "dossier/read/reader.h"

namespace dossier {

// Appends one Document per line of `text` (decoded: valid UTF-8, LF line ends) to `out`.
// Keys: "text" (required non-empty string), "id" (string or number), "url", "title",
// "published" (normalized to YYYY-MM-DD; unrecognised -> kWarning and empty); any other
// key goes to Document::metadata as JSON text. Source is "<source>#<id>", or
// "<source>#line<N>" without an id. Blank lines are skipped; a bad line (not JSON, not an
// object, no usable text) is rejected with where = "line N" and the rest continue. A text
// of blank lines only is rejected as a whole (where = "").
void read_jsonl(std::string_view text, const std::string& source, ReadResult* out);

}  // namespace dossier
