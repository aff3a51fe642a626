// Turning the raw bytes of one input into dossier text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/document.h"

namespace dossier {

// Decodes `bytes` (non-empty) read from `file`: UTF-16 with a BOM is converted, a UTF-8
// BOM stripped, invalid UTF-8 repaired with U+FFFD (one kWarning appended to
// `diagnostics`, naming the first bad byte offset and the count), CRLF and lone CR turned
// into LF. Binary data (NUL bytes, or more than 1 in 32 bytes being control characters)
// gives nullopt and a kRejected diagnostic.
std::optional<std::string> decode_text(std::string_view bytes, const std::string& file,
                                       std::vector<Diagnostic>* diagnostics);

// `text` with CRLF and lone CR replaced by LF.
std::string normalize_newlines(std::string_view text);

// True when `text` holds nothing but ASCII whitespace.
bool is_blank(std::string_view text);

}  // namespace dossier
