#include "dossier/export/incident_record.h"

namespace dossier {
namespace {

// The best estimate of `measure` among `estimates`, or null when none was reported.
const MeasureReport* find_estimate(const std::vector<MeasureReport>& estimates,
                                   const std::string& measure) {
  for (const MeasureReport& r : estimates)
    if (r.measure == measure) return &r;
  return nullptr;
}

}  // namespace

nlohmann::ordered_json incident_record(const IncidentRow& row) {
  using nlohmann::ordered_json;
  auto or_null = [](const std::string& s) { return s.empty() ? ordered_json() : ordered_json(s); };
  auto names = [](const std::vector<NamedEntity>& list) {
    ordered_json out = ordered_json::array();
    for (const NamedEntity& e : list) out.push_back(e.name);
    return out;
  };
  ordered_json r;
  r["id"] = "v" + std::to_string(row.id);
  r["name"] = row.name;
  r["date"] = or_null(row.date);
  r["date_precision"] = or_null(row.precision);
  r["type"] = row.type;
  r["country"] = or_null(row.country);
  r["place"] = row.place ? ordered_json(row.place->name) : ordered_json();
  r["latitude"] = row.latitude ? ordered_json(*row.latitude) : ordered_json();
  r["longitude"] = row.longitude ? ordered_json(*row.longitude) : ordered_json();
  r["perpetrators"] = names(row.perpetrators);
  r["targets"] = names(row.targets);
  ordered_json conflicts = ordered_json::array();
  for (const char* measure : {"killed", "wounded", "arrested"}) {
    const MeasureReport* e = find_estimate(row.estimates, measure);
    std::string m(measure);
    r[m] = e ? ordered_json(e->best_low) : ordered_json();
    r[m + "_low"] = e ? ordered_json(e->range_low) : ordered_json();
    r[m + "_high"] = e ? ordered_json(e->range_high) : ordered_json();
  }
  for (const MeasureReport& e : row.estimates)
    if (e.conflict) conflicts.push_back(e.measure);
  r["sources"] = row.documents.size();
  r["conflicts"] = conflicts;
  r["source_list"] = row.sources;
  return r;
}

}  // namespace dossier
