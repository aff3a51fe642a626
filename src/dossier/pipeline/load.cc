#include "dossier/pipeline/load.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "dossier/core/error.h"
#include "dossier/pipeline/extraction_json.h"
#include "dossier/pipeline/file_extraction.h"
#include "dossier/pipeline/knowledge_writer.h"
#include "dossier/pipeline/ordered_pool.h"
#include "dossier/store/transaction.h"
#include "dossier/store/writer_lock.h"

namespace dossier {

void extract_to_lines(const std::vector<std::string>& inputs, const IngestOptions& options,
                      const Models& models, IngestSummary* summary, std::ostream& out,
                      std::ostream& err) {
  std::vector<Diagnostic> diagnostics;
  std::vector<std::filesystem::path> paths = expand_inputs(inputs, &diagnostics);
  for (const Diagnostic& d : diagnostics) {
    err << d.to_string() << "\n";
    if (d.severity == Diagnostic::Severity::kRejected) ++summary->rejected;
  }
  std::string stdin_bytes;
  if (std::find(paths.begin(), paths.end(), "-") != paths.end())
    stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto work = [&](std::size_t i) {
    return extract_file(paths[i], stdin_bytes, options.read, models, false);
  };
  auto consume = [&](std::size_t, FileExtraction& r) {
    for (const Diagnostic& d : r.read.diagnostics) {
      err << d.to_string() << "\n";
      if (d.severity == Diagnostic::Severity::kRejected)
        ++summary->rejected;
      else
        ++summary->warnings;
    }
    for (std::size_t k = 0; k < r.read.documents.size(); ++k) {
      ++summary->read;
      out << extraction_to_json(r.read.documents[k], r.extractions[k], *models.gazetteer)
                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
          << "\n";
    }
  };
  ordered_parallel<FileExtraction>(paths.size(), jobs, 4 * jobs, work, consume);
  out.flush();
}

IngestSummary load_lines(const std::vector<std::string>& inputs, const IngestOptions& options,
                         const Models& models, std::ostream& err) {
  IngestSummary result;
  IngestSummary* summary = &result;
  std::string lock_error;
  std::unique_ptr<WriterLock> lock = WriterLock::acquire(options.db, err, &lock_error);
  if (!lock) throw Error(lock_error);
  std::unique_ptr<Store> store = Store::open(options.db);
  KnowledgeWriter writer(store->handle(), models);
  std::size_t in_batch = 0;
  Transaction batch(*store);
  {
    for (const std::string& input : inputs) {
      std::ifstream file;
      if (input != "-") {
        file.open(input, std::ios::binary);
        if (!file) {
          err << input << ": error: cannot read\n";
          ++summary->rejected;
          continue;
        }
      }
      std::istream& in = input == "-" ? std::cin : file;
      std::string line, problem;
      Document doc;
      Extraction extraction;
      for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded()) problem = "not JSON";
        if (j.is_discarded() ||
            !extraction_from_json(j, *models.gazetteer, &doc, &extraction, &problem)) {
          err << input << ":line " << number << ": error: " << problem << "\n";
          ++summary->rejected;
          continue;
        }
        ++summary->read;
        AddResult added = store->add_document(doc, extraction.language);
        if (!added.is_new) {
          ++summary->duplicates;
          continue;
        }
        summary->count_new(doc, added, err);
        writer.add(added.id, doc, extraction);
        if (++in_batch >= options.batch) {
          batch.commit_and_continue();
          in_batch = 0;
        }
      }
    }
    writer.settle_undated();
    batch.commit();
  }
  return result;
}

}  // namespace dossier
