// `dossier extract` and `dossier load`: ingest split in two, so extraction can
// run on machines without the store (GNU parallel, Spark's RDD.pipe, Hadoop
// streaming) and the store be written once, at the end.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "dossier/pipeline/ingest.h"

namespace dossier {

// Reads the inputs as ingest does (files, directories, "-" for standard input)
// with `options.jobs` workers and writes one line per document (extraction_json.h)
// to `out`, in input order. Problems go to `err` as ingest reports them; rejected
// inputs are counted in summary->rejected and summary->read counts the lines.
void extract_to_lines(const std::vector<std::string>& inputs, const IngestOptions& options,
                      const Models& models, IngestSummary* summary, std::ostream& out,
                      std::ostream& err);

// Stores the documents of extraction lines (files or "-") in the store at
// `options.db` and resolves their entities and incidents against it, line by
// line, as ingest does with the same documents in the same order: loading the
// outputs of extract runs on consecutive parts of an input, in order, gives the
// store ingest gives. A malformed line is reported ("file:line N: error: ...")
// and counted as rejected, as is an input that cannot be read. Throws Error when
// the store cannot be opened or written.
IngestSummary load_lines(const std::vector<std::string>& inputs, const IngestOptions& options,
                         const Models& models, std::ostream& err);

}  // namespace dossier
