#include "dossier/analyze/figure_analysis.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "dossier/store/statement.h"

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

std::vector<MeasureReport> analyze_figures(sqlite3* db, EstimatePolicy policy,
                                           std::int64_t only_event) {
  Statement q(db,
              "SELECT de.event, f.measure, d.id, d.published, f.low, f.high, f.qualifier, "
              "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), "
              "CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, "
              "f.sentence_end - f.sentence_start) AS TEXT), f.attributed_to, f.hedges "
              "FROM figures f JOIN doc_events de ON de.id = f.doc_event "
              "JOIN documents d ON d.id = de.document "
              "WHERE de.event BETWEEN ?1 AND ?2 "
              "ORDER BY de.event, f.measure, d.published = '', d.published, d.id, f.start");
  // A range rather than "?1 = 0 OR ...", so one event's figures are read by index.
  q.bind(1, only_event ? only_event : std::int64_t{1});
  q.bind(2, only_event ? only_event : std::numeric_limits<std::int64_t>::max());
  std::vector<MeasureReport> out;
  while (q.step()) {
    std::int64_t event = q.column_int(0);
    std::string measure = q.column_text(1);
    if (out.empty() || out.back().event != event || out.back().measure != measure) {
      out.emplace_back();
      out.back().event = event;
      out.back().measure = measure;
    }
    out.back().claims.push_back({q.column_int(2), q.column_text(3), q.column_int(4),
                                 q.column_int(5), q.column_text(6), q.column_text(7),
                                 q.column_text(8), q.column_text(9), q.column_text(10)});
  }
  for (MeasureReport& r : out) {
    // Each document's claim is its largest figure: a total is never below its parts
    // ("22 killed, including 14 foreigners" claims 22).
    std::vector<const FigureClaim*> totals;
    for (const auto& c : r.claims) {
      auto t = std::find_if(totals.begin(), totals.end(),
                            [&](const FigureClaim* x) { return x->document == c.document; });
      if (t == totals.end())
        totals.push_back(&c);
      else if (c.high > (*t)->high)
        *t = &c;
    }
    for (const FigureClaim* t : totals) {
      auto g = std::find_if(r.groups.begin(), r.groups.end(), [&](const ClaimGroup& x) {
        return x.low == t->low && x.high == t->high;
      });
      if (g == r.groups.end()) {
        r.groups.push_back({t->low, t->high, {}});
        g = r.groups.end() - 1;
      }
      g->documents.push_back(t->document);
    }
    for (std::size_t i = 0; i < totals.size() && !r.conflict; ++i)
      for (std::size_t j = i + 1; j < totals.size(); ++j)
        if (!compatible(*totals[i], *totals[j])) r.conflict = true;
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
  return out;
}

}  // namespace dossier
