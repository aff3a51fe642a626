// `dossier export --format geojson`: the scope's incidents (query/export_scope.h) as an
// RFC 7946 FeatureCollection. Each incident whose place has coordinates is a
// Feature with id "v<N>", a Point geometry [longitude, latitude] (WGS 84) and
// the incident_record (incident_record.h) as properties; incidents without
// coordinates are left out and counted.
#pragma once

#include <cstddef>
#include <iosfwd>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/store.h"

namespace dossier {

struct GeojsonSummary {
  std::size_t features = 0;
  std::size_t unplaced = 0;  // incidents in scope without coordinates
};

// Streams the collection, one feature per line; an ExportScope must be alive.
// Throws StoreError.
GeojsonSummary write_geojson_export(Store& store, EstimatePolicy policy, std::ostream& out);

}  // namespace dossier
