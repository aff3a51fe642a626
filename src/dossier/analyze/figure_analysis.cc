#include "dossier/analyze/figure_analysis.h"

#include <algorithm>
#include <limits>

namespace dossier {
namespace {

struct Interval {
  double low, high;
};

Interval interval(const FigureClaim& c) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double v = static_cast<double>(c.low);
  if (c.qualifier == "about") return {v * 0.85, v * 1.15};
  if (c.qualifier == "at_least") return {v, kInf};
  if (c.qualifier == "at_most") return {0, v};
  return {static_cast<double>(c.low), static_cast<double>(c.high)};
}

bool compatible(const FigureClaim& a, const FigureClaim& b) {
  Interval x = interval(a), y = interval(b);
  return x.low <= y.high && y.low <= x.high;
}

// Groups consecutive claims of one incident and measure into reports (claims only).
std::vector<MeasureReport> group_claims(const std::vector<IncidentClaim>& claims) {
  std::vector<MeasureReport> out;
  for (const IncidentClaim& c : claims) {
    if (out.empty() || out.back().event != c.event || out.back().measure != c.measure) {
      out.emplace_back();
      out.back().event = c.event;
      out.back().measure = c.measure;
    }
    out.back().claims.push_back(c.claim);
  }
  return out;
}

// Each document's total: its largest figure, since a total is never below its parts
// ("22 killed, including 14 foreigners" claims 22); in the order documents first appear.
std::vector<const FigureClaim*> document_totals(const MeasureReport& r) {
  std::vector<const FigureClaim*> totals;
  for (const auto& c : r.claims) {
    auto t = std::find_if(totals.begin(), totals.end(),
                          [&](const FigureClaim* x) { return x->document == c.document; });
    if (t == totals.end())
      totals.push_back(&c);
    else if (c.high > (*t)->high)
      *t = &c;
  }
  return totals;
}

// The distinct total values, each with the documents that gave it, in first-seen order.
std::vector<ClaimGroup> group_totals(const std::vector<const FigureClaim*>& totals) {
  std::vector<ClaimGroup> groups;
  for (const FigureClaim* t : totals) {
    auto g = std::find_if(groups.begin(), groups.end(), [&](const ClaimGroup& x) {
      return x.low == t->low && x.high == t->high;
    });
    if (g == groups.end()) {
      groups.push_back({t->low, t->high, {}});
      g = groups.end() - 1;
    }
    g->documents.push_back(t->document);
  }
  return groups;
}

bool any_conflict(const std::vector<const FigureClaim*>& totals) {
  for (std::size_t i = 0; i < totals.size(); ++i)
    for (std::size_t j = i + 1; j < totals.size(); ++j)
      if (!compatible(*totals[i], *totals[j])) return true;
  return false;
}

// Fills the report's groups, conflict flag, reported range and best estimate.
void settle(MeasureReport& r, EstimatePolicy policy) {
  std::vector<const FigureClaim*> totals = document_totals(r);
  r.groups = group_totals(totals);
  r.conflict = any_conflict(totals);
  r.range_low = r.claims.front().low;
  r.range_high = r.claims.front().high;
  for (const auto& c : r.claims) {
    r.range_low = std::min(r.range_low, c.low);
    r.range_high = std::max(r.range_high, c.high);
  }
  const FigureClaim* best = totals.empty() ? &r.claims.back() : totals.front();
  for (const FigureClaim* t : totals) {
    if (policy == EstimatePolicy::kConservative ? t->low < best->low : true) best = t;
  }
  r.best_low = best->low;
  r.best_high = best->high;
  for (const FigureClaim* t : totals)
    if (compatible(*t, *best)) ++r.corroboration;
}

}  // namespace

bool parse_policy(const std::string& name, EstimatePolicy* policy) {
  if (name == "conservative")
    *policy = EstimatePolicy::kConservative;
  else if (name == "latest")
    *policy = EstimatePolicy::kLatest;
  else
    return false;
  return true;
}

std::vector<MeasureReport> analyze_claims(const std::vector<IncidentClaim>& claims,
                                          EstimatePolicy policy) {
  std::vector<MeasureReport> reports = group_claims(claims);
  for (MeasureReport& r : reports) settle(r, policy);
  return reports;
}

std::vector<MeasureReport> analyze_figures(Store& store, EstimatePolicy policy,
                                           std::int64_t only_event) {
  return analyze_claims(read_figure_claims(store, only_event), policy);
}

}  // namespace dossier
