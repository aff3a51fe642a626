#include "dossier/export/geojson_export.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "dossier/export/incident_record.h"
#include "dossier/query/scope_incidents.h"

namespace dossier {

GeojsonSummary write_geojson_export(Store& store, EstimatePolicy policy, std::ostream& out) {
  using nlohmann::ordered_json;
  GeojsonSummary summary;
  out << "{\"type\": \"FeatureCollection\", \"features\": [";
  for_each_scope_incident(store, policy, [&](const IncidentRow& row) {
    if (!row.latitude || !row.longitude) {
      ++summary.unplaced;
      return;
    }
    ordered_json feature;
    feature["type"] = "Feature";
    feature["id"] = "v" + std::to_string(row.id);
    feature["geometry"] = {{"type", "Point"}, {"coordinates", {*row.longitude, *row.latitude}}};
    feature["properties"] = incident_record(row);
    out << (summary.features++ ? ",\n" : "\n")
        << feature.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  });
  out << (summary.features ? "\n]}\n" : "]}\n");
  return summary;
}

}  // namespace dossier
