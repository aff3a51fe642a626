// Corroboration, contradiction and best estimates of the figures reported for
// each incident: the analysis behind `dossier conflicts` and the export.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/store/figure_claims.h"

namespace dossier {

// Claims that agree on one value, and the independent documents behind it.
struct ClaimGroup {
  std::int64_t low = 0, high = 0;
  std::vector<std::int64_t> documents;
};

enum class EstimatePolicy { kConservative, kLatest };

struct MeasureReport {
  std::int64_t event = 0;
  std::string measure;
  std::vector<FigureClaim> claims;  // oldest publication first: a timeline
  std::vector<ClaimGroup> groups;   // distinct values; more than one => conflict
  bool conflict = false;            // two documents' totals cannot both hold
  std::int64_t corroboration = 0;   // documents agreeing with the best estimate
  std::int64_t best_low = 0, best_high = 0;
  std::int64_t range_low = 0, range_high = 0;  // what was reported, lowest to highest
};

// The document's total for a measure is its largest stated value, since a total
// is never below its parts ("22 killed, including 14 foreigners" claims 22). A wounded
// total from figures of people hit ("two men were shot", FigureClaim::hit) leaves out the
// dead the same document counts for the incident: "two men were shot; one died" is 1
// wounded, "a boy was shot and later died" none. Two
// totals conflict when no
// number satisfies both: "144" and "139" conflict, "over 130" agrees with
// both, "about 100" spans 85..115. Best estimate: kConservative takes the
// lowest total (as ACLED codes fatalities); kLatest the most recent one.
// One report per incident and measure, in the order of read_figure_claims() (only for
// `only_event` when it is not 0). Throws StoreError.
std::vector<MeasureReport> analyze_figures(Store& store, EstimatePolicy policy,
                                           std::int64_t only_event = 0);

// The same over claims already read (ordered as read_figure_claims() orders them). Pure.
std::vector<MeasureReport> analyze_claims(const std::vector<IncidentClaim>& claims,
                                          EstimatePolicy policy);

// Sets *policy from its name ("conservative" or "latest"); false for any other name.
bool parse_policy(const std::string& name, EstimatePolicy* policy);

}  // namespace dossier
