// `dossier ingest`: read inputs in parallel, extract, store and resolve.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "dossier/pipeline/models.h"
#include "dossier/read/reader.h"
#include "dossier/store/store.h"

namespace dossier {

struct IngestOptions {
  std::filesystem::path db = "dossier.db";
  unsigned jobs = 0;  // 0: one per core
  ReadOptions read;
  bool progress = false;  // draw a progress bar on `err`
  // Documents per transaction: the first holds first_batch, each next one twice as many up
  // to batch, so a run killed in its first seconds has stored something already.
  std::size_t first_batch = 16;
  std::size_t batch = 512;
};

struct IngestSummary {
  std::size_t read = 0;        // documents read successfully
  std::size_t added = 0;       // new documents stored
  std::size_t duplicates = 0;  // identical to a stored document
  std::size_t rejected = 0;    // inputs (files or JSON lines) refused
  std::size_t warnings = 0;
  std::size_t near_duplicates = 0;
  std::size_t repeated_paragraphs = 0;

  // "read 8, new 7, duplicate 1, rejected 0 (...)": the line ingest ends with.
  std::string line() const;
  // Counts a newly stored document and notes its near-duplicate and repeated
  // paragraphs on `err`.
  void count_new(const Document& doc, const AddResult& added, std::ostream& err);
};

// Ingests every input ("-" reads standard input). Problems are reported on
// `err` as they occur ("file:line: error: ..."), per document notes (near
// duplicates, repeated paragraphs) too; a rejected input never stops the
// others. Documents are committed in batches, so a killed run leaves a
// consistent store and the same command run again completes the job. Holds the store's
// WriterLock for the whole run: a second ingest (or resolve) on the same store waits for
// this one, with a note on `err`. Throws Error when the store cannot be opened and
// StoreError when writing fails (the open batch is rolled back).
IngestSummary ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                     const Models& models, std::ostream& err);

}  // namespace dossier
