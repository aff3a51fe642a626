// `dossier export --format json`: the whole store in the export contract
// (documents, entities with mentions, events with figures, conflicts).
#pragma once

#include <iosfwd>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/store.h"

namespace dossier {

// Writes one JSON object, row by row, so memory stays flat however large the
// store. Ids are "d<n>", "e<n>", "v<n>". A mention or figure in a document with pages (PDF)
// carries the page it stands on ("page": 4); others have no "page" key, as before pages
// were kept. Throws StoreError on SQLite failures.
void write_json_export(Store& store, EstimatePolicy policy, std::ostream& out);

}  // namespace dossier
