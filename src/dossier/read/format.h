// Choosing the reader for an input: by file extension, by hint, or by content.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace dossier {

// "txt" for .txt .text .md, "html" for .html .htm .xhtml, "jsonl" for .jsonl .ndjson, "pdf"
// for .pdf (case-insensitive), else "" (sniff the content).
std::string format_for_extension(const std::filesystem::path& path);

// The format a user hint names: "txt"/"text"/"md" -> "txt", "html"/"htm" -> "html",
// "jsonl"/"ndjson" -> "jsonl", "pdf" -> "pdf", ""/"auto" -> "" (sniff); anything else -> "?".
std::string format_for_hint(std::string_view hint);

// True when raw `bytes` are a PDF: "%PDF-" within the first 1024 bytes (readers accept junk
// before the header).
bool looks_like_pdf(std::string_view bytes);

// The format of decoded text: "html" when it starts with '<' (after whitespace) or contains
// "<html" near the start; "jsonl" when every non-blank line starts with '{'; else "txt".
std::string sniff_format(std::string_view text);

}  // namespace dossier
