#include "dossier/analyze/figure_analysis.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <utility>

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

// The dead a document's hit figures may include: the incident's killed total in that
// document (its largest killed figure), and across its documents (the lowest such total).
struct KilledTotals {
  std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t> in_document;  // (event, doc)
  std::map<std::int64_t, std::int64_t> in_incident;                           // event

  // The larger of the two for a document of an incident; 0 when none count dead.
  std::int64_t among(std::int64_t event, std::int64_t document) const {
    auto d = in_document.find({event, document});
    auto i = in_incident.find(event);
    return std::max(d == in_document.end() ? 0 : d->second, i == in_incident.end() ? 0 : i->second);
  }
};

KilledTotals killed_totals(const std::vector<IncidentClaim>& claims) {
  KilledTotals out;
  for (const IncidentClaim& c : claims)
    if (c.measure == "killed") {
      std::int64_t& k = out.in_document[{c.event, c.claim.document}];
      k = std::max(k, c.claim.low);
    }
  for (const auto& [key, dead] : out.in_document) {
    auto [it, first] = out.in_incident.try_emplace(key.first, dead);
    if (!first) it->second = std::min(it->second, dead);
  }
  return out;
}

// Each document's total: its largest figure, since a total is never below its parts
// ("22 killed, including 14 foreigners" claims 22); in the order documents first appear.
// Wounded figures that count people hit ("two men were shot") may include the dead, as the
// same document counts them or as the incident's other reports do ("a boy was shot" told
// before "the boy died"): they total the hit less those dead, unless the document's
// survivors' figure ("one was wounded") is larger.
std::vector<FigureClaim> document_totals(const MeasureReport& r, const KilledTotals& killed) {
  struct Totals {
    std::int64_t document;
    const FigureClaim* stated = nullptr;
    const FigureClaim* hit = nullptr;
  };
  std::vector<Totals> docs;
  for (const auto& c : r.claims) {
    auto d = std::find_if(docs.begin(), docs.end(),
                          [&](const Totals& x) { return x.document == c.document; });
    if (d == docs.end()) d = docs.insert(docs.end(), Totals{c.document});
    const FigureClaim*& t = c.hit && r.measure == "wounded" ? d->hit : d->stated;
    if (!t || c.high > t->high) t = &c;
  }
  std::vector<FigureClaim> totals;
  std::optional<FigureClaim> none_left;
  for (const Totals& d : docs) {
    if (!d.hit) {
      totals.push_back(*d.stated);
      continue;
    }
    const std::int64_t dead = killed.among(r.event, d.document);
    FigureClaim survivors = *d.hit;
    survivors.low = std::max<std::int64_t>(0, survivors.low - dead);
    survivors.high = std::max<std::int64_t>(0, survivors.high - dead);
    if (d.stated && d.stated->high >= survivors.high)
      totals.push_back(*d.stated);
    else if (survivors.high > 0)
      totals.push_back(survivors);
    else if (!none_left)
      none_left = survivors;
  }
  // A report whose hit are all among the dead ("Ellis, 44, was shot") says nothing of the
  // survivors others count; it totals none only when no report counts any.
  if (totals.empty() && none_left) totals.push_back(*none_left);
  return totals;
}

// The distinct total values, each with the documents that gave it, in first-seen order.
std::vector<ClaimGroup> group_totals(const std::vector<FigureClaim>& totals) {
  std::vector<ClaimGroup> groups;
  for (const FigureClaim& t : totals) {
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const ClaimGroup& x) { return x.low == t.low && x.high == t.high; });
    if (g == groups.end()) {
      groups.push_back({t.low, t.high, {}});
      g = groups.end() - 1;
    }
    g->documents.push_back(t.document);
  }
  return groups;
}

bool any_conflict(const std::vector<FigureClaim>& totals) {
  for (std::size_t i = 0; i < totals.size(); ++i)
    for (std::size_t j = i + 1; j < totals.size(); ++j)
      if (!compatible(totals[i], totals[j])) return true;
  return false;
}

// Fills the report's groups, conflict flag, reported range and best estimate.
void settle(MeasureReport& r, EstimatePolicy policy, const KilledTotals& killed) {
  const std::vector<FigureClaim> totals = document_totals(r, killed);
  r.groups = group_totals(totals);
  r.conflict = any_conflict(totals);
  r.range_low = r.claims.front().low;
  r.range_high = r.claims.front().high;
  for (const auto& c : r.claims) {
    r.range_low = std::min(r.range_low, c.low);
    r.range_high = std::max(r.range_high, c.high);
  }
  const FigureClaim* best = totals.empty() ? &r.claims.back() : &totals.front();
  for (const FigureClaim& t : totals) {
    if (policy == EstimatePolicy::kConservative ? t.low < best->low : true) best = &t;
  }
  r.best_low = best->low;
  r.best_high = best->high;
  for (const FigureClaim& t : totals)
    if (compatible(t, *best)) ++r.corroboration;
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
  const KilledTotals killed = killed_totals(claims);
  for (MeasureReport& r : reports) settle(r, policy, killed);
  return reports;
}

std::vector<MeasureReport> analyze_figures(Store& store, EstimatePolicy policy,
                                           std::int64_t only_event) {
  return analyze_claims(read_figure_claims(store, only_event), policy);
}

}  // namespace dossier
