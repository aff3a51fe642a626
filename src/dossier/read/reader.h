// Reading reports from files, directories and standard input into Documents.
//
// Formats: plain text (.txt .text .md), HTML (.html .htm .xhtml), JSON Lines (.jsonl
// .ndjson) and PDF (.pdf); anything else is sniffed from its content. Every Document's text is
// valid UTF-8 with LF line ends and no BOM. Invalid UTF-8 is repaired: each ill-formed
// sequence becomes U+FFFD and one kWarning names the first bad byte and the count.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/document.h"

namespace dossier {

struct ReadOptions {
  std::uint64_t max_bytes = 64ull << 20;  // larger inputs are rejected whole
  // Guards against PDFs that decompress into more than they are worth (see pdf_reader.h):
  // a PDF with more pages, or whose text takes longer to read, is rejected whole.
  int max_pdf_pages = 5000;
  int max_pdf_seconds = 120;
};

// The documents read from one input and the problems met. An input rejected as a whole
// yields no documents and one kRejected diagnostic; a JSONL file can yield documents and
// per-line diagnostics at once.
struct ReadResult {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
};

// Reads one file, choosing the format by extension, else by content. Rejects directories
// and every other path that is not a regular file (FIFOs, sockets, devices: opened without
// blocking and never read), unreadable paths (with the OS error), empty files, files over
// options.max_bytes (naming the size and the limit) and binary files (NUL bytes or many
// control characters).
ReadResult read_file(const std::filesystem::path& path, const ReadOptions& options);

// Reads in-memory bytes (standard input) named `name` in diagnostics and Document::source.
// `format_hint` is "txt", "html", "jsonl", "pdf" or empty/"auto" to sniff; any other hint is
// rejected. Same checks as read_file, except that a PDF is not text and not checked for
// binary bytes.
ReadResult read_bytes(std::string_view bytes, const std::string& name,
                      const std::string& format_hint, const ReadOptions& options);

// The files named by command-line arguments: files as given, directories walked
// recursively in sorted order without hidden (dot) files and directories, "-" passed
// through. A path that does not exist is skipped with a kRejected diagnostic; a FIFO,
// socket or device (named or met in a directory) is skipped with a kWarning naming it.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& args,
                                                 std::vector<Diagnostic>* diagnostics);

}  // namespace dossier
