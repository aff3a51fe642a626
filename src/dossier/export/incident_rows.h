// The incidents in scope (export_scope.h), one at a time in id order, with what
// the tabular and map exports show of each: date and its precision, place,
// perpetrators, targets, reporting documents and the best estimates.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/store/statement.h"
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
  std::optional<double> latitude, longitude;  // the place's, when the lexicon has them
  std::vector<NamedEntity> perpetrators, targets;
  std::vector<std::int64_t> documents;   // reporting documents, ascending
  std::vector<std::string> sources;      // each one's URL, else the source it was read from
  std::vector<MeasureReport> estimates;  // one per measure, from analyze_figures
};

// "day", "month" or "year" for an ISO date of 10, 7 or 4 characters, else "".
std::string date_precision(const std::string& date);

// Reads the scope's incidents (ExportScope must be alive). Throws StoreError.
class IncidentReader {
 public:
  IncidentReader(Store& store, EstimatePolicy policy);
  // The next incident into *row; false after the last.
  bool next(IncidentRow* row);

 private:
  Store& store_;
  EstimatePolicy policy_;
  Statement events_, perpetrators_, targets_, documents_;
};

// The best estimate of `measure` among `estimates`, or null when none was reported.
const MeasureReport* find_estimate(const std::vector<MeasureReport>& estimates,
                                   const std::string& measure);

// The flat record the CSV incident table and the GeoJSON properties share, in column
// order: id, name, date, date_precision, type, country, place, latitude, longitude,
// perpetrators, targets (arrays of names), then for killed, wounded and arrested the best
// estimate's lower bound and the lowest and highest reported value (<measure>,
// <measure>_low, <measure>_high; null when none was reported), sources (how many
// documents), conflicts (measures whose sources disagree) and source_list. Unknown
// values are null.
nlohmann::ordered_json incident_record(const IncidentRow& row);

}  // namespace dossier
