#include "dossier/pipeline/ingest.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <thread>

#include "dossier/pipeline/file_extraction.h"
#include "dossier/pipeline/knowledge_writer.h"
#include "dossier/pipeline/ordered_pool.h"
#include "dossier/store/store.h"

namespace dossier {
namespace {

void draw_progress(std::ostream& err, std::size_t done, std::size_t total) {
  constexpr int kWidth = 30;
  int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
  err << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done
      << "/" << total << " files" << std::flush;
}

}  // namespace

std::string IngestSummary::line() const {
  std::ostringstream s;
  s << "read " << read << ", new " << added << ", duplicate " << duplicates << ", rejected "
    << rejected;
  if (warnings) s << ", warnings " << warnings;
  if (near_duplicates) s << ", near-duplicate " << near_duplicates;
  if (repeated_paragraphs) s << ", repeated paragraphs " << repeated_paragraphs;
  return s.str();
}

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

bool ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
            const Models& models, IngestSummary* summary, std::ostream& err, std::string* error) {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::filesystem::path> paths = expand_inputs(inputs, &diagnostics);
  for (const Diagnostic& d : diagnostics) {
    err << d.to_string() << "\n";
    if (d.severity == Diagnostic::Severity::kRejected) ++summary->rejected;
  }
  std::unique_ptr<Store> store = Store::open(options.db, error);
  if (!store) return false;
  KnowledgeWriter writer(store->handle(), models);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::string stdin_bytes;
  bool wants_stdin = std::find(paths.begin(), paths.end(), "-") != paths.end();
  if (wants_stdin)
    stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());

  auto work = [&](std::size_t i) {
    return extract_file(paths[i], stdin_bytes, options.read, models, true);
  };
  std::size_t in_batch = 0;
  // Every row ingest writes references rows written before it in the same transaction,
  // so SQLite's per-row reference checks (a lookup per reference) are skipped; the tests
  // verify the references with PRAGMA foreign_key_check.
  store->check_references(false);
  store->begin();
  auto consume = [&](std::size_t i, FileExtraction& r) {
    for (const Diagnostic& d : r.read.diagnostics) {
      err << (options.progress ? "\r" : "") << d.to_string() << "\n";
      if (d.severity == Diagnostic::Severity::kRejected)
        ++summary->rejected;
      else
        ++summary->warnings;
    }
    for (std::size_t k = 0; k < r.read.documents.size(); ++k) {
      const Document& doc = r.read.documents[k];
      ++summary->read;
      AddResult added = store->add_document(doc, r.extractions[k].language, r.fingerprints[k]);
      if (!added.is_new) {
        ++summary->duplicates;
        continue;
      }
      summary->count_new(doc, added, err);
      writer.add(added.id, doc, r.extractions[k]);
      if (++in_batch >= options.batch) {
        store->commit();
        store->begin();
        in_batch = 0;
      }
    }
    if (options.progress) draw_progress(err, i + 1, paths.size());
  };
  try {
    ordered_parallel<FileExtraction>(paths.size(), jobs, 4 * jobs, work, consume);
    writer.settle_undated();
    store->commit();
  } catch (...) {
    if (store->in_transaction()) store->rollback();
    throw;
  }
  if (options.progress) err << "\r" << std::string(60, ' ') << "\r";
  return true;
}

}  // namespace dossier
