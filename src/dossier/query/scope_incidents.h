// The incidents in an export's scope (export_scope.h), one at a time in id order, with
// what the tabular, map and STIX exports show of each: date and its precision, place,
// perpetrators, targets, reporting documents and the best estimates.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/store.h"

namespace dossier {

struct NamedEntity {
  std::int64_t id = 0;
  std::string name, type;
};

struct IncidentRow {
  std::int64_t id = 0;
  std::string type, name;
  std::string date;       // YYYY-MM-DD, YYYY-MM, YYYY or ""
  std::string precision;  // "day", "month", "year" or "" (see date_precision)
  std::string country;    // the incident's ISO 3166-1 code, else its place's
  std::optional<NamedEntity> place;
  std::optional<double> latitude, longitude;       // the place's, when the lexicon has them
  std::vector<NamedEntity> perpetrators, targets;  // by id
  std::vector<std::int64_t> documents;             // reporting documents, ascending
  std::vector<std::string> sources;      // each one's URL, else the source it was read from
  std::vector<MeasureReport> estimates;  // one per measure, from analyze_figures
};

// "day", "month" or "year" for an ISO date of 10, 7 or 4 characters, else "".
std::string date_precision(const std::string& date);

// Calls `visit` for each incident of the scope (an ExportScope must be alive) in id order,
// its figures analyzed under `policy`, reading one at a time. `visit` may read the store but
// not write to it. Throws StoreError (and whatever `visit` throws).
void for_each_scope_incident(Store& store, EstimatePolicy policy,
                             const std::function<void(const IncidentRow&)>& visit);

}  // namespace dossier
