#include "dossier/pipeline/ingest.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <thread>

#include "dossier/core/error.h"
#include "dossier/pipeline/file_extraction.h"
#include "dossier/pipeline/knowledge_writer.h"
#include "dossier/pipeline/ordered_pool.h"
#include "dossier/store/store.h"
#include "dossier/store/transaction.h"
#include "dossier/store/writer_lock.h"

namespace dossier {
namespace {

void draw_progress(std::ostream& err, std::size_t done, std::size_t total) {
  constexpr int kWidth = 30;
  int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
  err << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
      << "/" << total << " files" << std::flush;
}

// The single writer: stores each read file's documents in input order, links them, and
// commits every `batch` new documents.
class Writer {
 public:
  Writer(Store& store, const Models& models, const IngestOptions& options, IngestSummary& summary,
         std::ostream& err)
      : store_(store),
        knowledge_(store.handle(), models),
        options_(options),
        summary_(summary),
        err_(err) {}

  // Stores the documents of input `file` (of `files`).
  void consume(std::size_t file, std::size_t files, FileExtraction& r) {
    for (const Diagnostic& d : r.read.diagnostics) {
      err_ << (options_.progress ? "\r" : "") << d.to_string() << "\n";
      if (d.severity == Diagnostic::Severity::kRejected)
        ++summary_.rejected;
      else
        ++summary_.warnings;
    }
    for (std::size_t k = 0; k < r.read.documents.size(); ++k) store(r, k);
    if (options_.progress) draw_progress(err_, file + 1, files);
  }

  // Places undated incidents once every document is in, and commits.
  void finish() {
    knowledge_.settle_undated();
    batch_.commit();
  }

 private:
  void store(const FileExtraction& r, std::size_t k) {
    const Document& doc = r.read.documents[k];
    ++summary_.read;
    AddResult added = store_.add_document(doc, r.extractions[k].language, r.fingerprints[k]);
    if (!added.is_new) {
      ++summary_.duplicates;
      return;
    }
    summary_.count_new(doc, added, err_);
    knowledge_.add(added.id, doc, r.extractions[k]);
    if (++in_batch_ >= batch_size_) {
      batch_.commit_and_continue();
      in_batch_ = 0;
      batch_size_ = std::min(2 * batch_size_, options_.batch);
    }
  }

  Store& store_;
  KnowledgeWriter knowledge_;
  const IngestOptions& options_;
  IngestSummary& summary_;
  std::ostream& err_;
  Transaction batch_{store_};
  std::size_t in_batch_ = 0;
  // The first transaction holds first_batch documents, each next one twice as many.
  std::size_t batch_size_ =
      std::max<std::size_t>(1, std::min(options_.first_batch, options_.batch));
};

}  // namespace

void IngestSummary::count_new(const Document& doc, const AddResult& added, std::ostream& err) {
  ++this->added;
  if (added.near_duplicate_of) {
    ++near_duplicates;
    err << doc.source << ": note: near-duplicate of document " << added.near_duplicate_of
        << " (similarity " << static_cast<int>(added.similarity * 100 + 0.5) << "%)\n";
  }
  for (const RepeatedParagraph& p : added.repeated_paragraphs) {
    ++repeated_paragraphs;
    err << doc.source << ": note: paragraph at bytes " << p.start << "-" << p.end << " repeats "
        << (p.other_document ? "document " + std::to_string(p.other_document)
                             : std::string("an earlier paragraph"))
        << " at byte " << p.other_start << "\n";
  }
}

std::string IngestSummary::line() const {
  std::ostringstream s;
  s << "read " << read << ", new " << added << ", duplicate " << duplicates << ", rejected "
    << rejected;
  if (warnings) s << ", warnings " << warnings;
  if (near_duplicates) s << ", near-duplicate " << near_duplicates;
  if (repeated_paragraphs) s << ", repeated paragraphs " << repeated_paragraphs;
  return s.str();
}

IngestSummary ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                     const Models& models, std::ostream& err) {
  IngestSummary summary;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::filesystem::path> paths = expand_inputs(inputs, &diagnostics);
  for (const Diagnostic& d : diagnostics) {
    err << d.to_string() << "\n";
    if (d.severity == Diagnostic::Severity::kRejected)
      ++summary.rejected;
    else
      ++summary.warnings;
  }
  std::string lock_error;
  std::unique_ptr<WriterLock> lock = WriterLock::acquire(options.db, err, &lock_error);
  if (!lock) throw Error(lock_error);
  std::unique_ptr<Store> store = Store::open(options.db);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::string stdin_bytes;
  if (std::find(paths.begin(), paths.end(), "-") != paths.end())
    stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  // Every row ingest writes references rows written before it in the same transaction,
  // so SQLite's per-row reference checks (a lookup per reference) are skipped; the tests
  // verify the references with PRAGMA foreign_key_check.
  store->check_references(false);
  Writer writer(*store, models, options, summary, err);
  ordered_parallel<FileExtraction>(
      paths.size(), jobs, 4 * jobs,
      [&](std::size_t i) {
        return extract_file(paths[i], stdin_bytes, options.read, models, true);
      },
      [&](std::size_t i, FileExtraction& r) { writer.consume(i, paths.size(), r); });
  writer.finish();
  if (options.progress) err << "\r" << std::string(60, ' ') << "\r";
  return summary;
}

}  // namespace dossier
