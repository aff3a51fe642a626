// `dossier export --format json`: the whole store in the export contract
// (documents, entities with mentions, events with figures, conflicts).
#pragma once

#include <sqlite3.h>

#include <iosfwd>

#include "dossier/analyze/figure_analysis.h"

namespace dossier {

// Writes one JSON object, row by row, so memory stays flat however large the
// store. Ids are "d<n>", "e<n>", "v<n>". Throws StoreError on SQLite failures.
void write_json_export(sqlite3* db, EstimatePolicy policy, std::ostream& out);

}  // namespace dossier
