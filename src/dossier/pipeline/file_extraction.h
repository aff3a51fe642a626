// Reading one input and extracting each of its documents: the per-file work that
// `ingest` and `extract` run on their worker threads.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dossier/pipeline/document_extraction.h"
#include "dossier/read/reader.h"
#include "dossier/store/store.h"

namespace dossier {

struct FileExtraction {
  ReadResult read;
  std::vector<Extraction> extractions;    // one per read document
  std::vector<Fingerprint> fingerprints;  // one per read document, when asked for
};

// Reads `path` ("-": `stdin_bytes`), dates documents that carry no publication date by
// their dateline (metadata "published_from": "dateline"), else a PDF by its creation date
// (metadata "pdf_created"; "published_from": "pdf_created"), and extracts each.
// Pure apart from reading the file; safe on any thread.
FileExtraction extract_file(const std::filesystem::path& path, const std::string& stdin_bytes,
                            const ReadOptions& options, const Models& models,
                            bool with_fingerprints);

}  // namespace dossier
