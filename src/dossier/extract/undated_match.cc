#include "dossier/extract/undated_match.h"

#include <algorithm>
#include <string_view>

#include "dossier/core/geo.h"
#include "dossier/extract/event_words.h"

namespace dossier {
namespace {

bool share(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
  for (auto x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

double distance_km(const IncidentFacts& a, const IncidentFacts& b) {
  return dossier::distance_km(a.lat, a.lon, b.lat, b.lon);
}

bool place_fits(const IncidentFacts& u, const IncidentFacts& d) {
  if (u.location && u.location == d.location) return true;
  if (u.country.empty() || u.country != d.country) return false;
  // An airport outside a city is the city's incident; a city 900 km away is not.
  if (u.has_point && d.has_point) {
    if (distance_km(u, d) > 150) return false;
  } else if (!u.region.empty() && !d.region.empty() && u.region != d.region) {
    return false;
  }
  return !(u.location_is_city && d.location_is_city);
}

// Whether the weekdays u's reports name fit d's day: the day itself or the day after (an
// overnight siege "ended Sunday"). A month- or year-precise d fits only when `loose`.
bool weekday_fits(const IncidentFacts& u, const IncidentFacts& d, bool loose) {
  if (u.weekdays == 0) return true;
  if (d.date.precision() != DatePrecision::kDay) return loose;
  const int day = weekday(d.date);
  return ((u.weekdays >> day) & 1u) || ((u.weekdays >> ((day + 1) % 7)) & 1u);
}

bool same_month_day(const IncidentFacts& u, const IncidentFacts& d) {
  if (d.date.precision() != DatePrecision::kDay) return false;
  const int md = d.date.month * 100 + d.date.day;
  return std::find(u.month_days.begin(), u.month_days.end(), md) != u.month_days.end();
}

// Some measure whose largest figure is the same in both (the same toll reported).
bool same_toll(const IncidentFacts& u, const IncidentFacts& d) {
  for (const auto& a : u.figures)
    for (const auto& b : d.figures)
      if (a.measure == b.measure && a.value > 0 && a.value == b.value) return true;
  return false;
}

// Some measure given by both within a factor of three (tolls grow as reports come in).
bool figures_agree(const IncidentFacts& u, const IncidentFacts& d) {
  for (const auto& a : u.figures)
    for (const auto& b : d.figures)
      if (a.measure == b.measure && a.value > 0 && b.value > 0 && a.value <= 3 * b.value &&
          b.value <= 3 * a.value)
        return true;
  return false;
}

// The only candidate for which `pick` holds, else 0.
template <typename Pred>
std::int64_t only(const std::vector<const IncidentFacts*>& candidates, Pred pick) {
  std::int64_t found = 0;
  for (const IncidentFacts* c : candidates) {
    if (!pick(*c)) continue;
    if (found) return 0;
    found = c->id;
  }
  return found;
}

// The one dated incident sharing a perpetrator with u, else 0.
std::int64_t only_perpetrator(const IncidentFacts& u, const std::vector<IncidentFacts>& dated) {
  std::int64_t found = 0;
  for (const IncidentFacts& d : dated) {
    if (d.date.empty() || !share(u.perpetrators, d.perpetrators)) continue;
    if (found) return 0;
    found = d.id;
  }
  return found;
}

}  // namespace

void absorb(IncidentFacts* d, const IncidentFacts& u) {
  for (auto p : u.perpetrators)
    if (std::find(d->perpetrators.begin(), d->perpetrators.end(), p) == d->perpetrators.end())
      d->perpetrators.push_back(p);
}

void add_count(IncidentFacts* f, const std::string& measure, std::int64_t value) {
  for (auto& c : f->figures)
    if (c.measure == measure) {
      c.value = std::max(c.value, value);
      return;
    }
  f->figures.push_back({measure, value});
}

std::int64_t match_undated(const IncidentFacts& u, const std::vector<IncidentFacts>& dated,
                           std::string* rule) {
  if (u.location == 0 && u.country.empty()) {
    // Unplaced: only a perpetrator can tell which incident it is.
    const std::int64_t id = only_perpetrator(u, dated);
    *rule = id ? "undated and unplaced: the only dated incident of this perpetrator"
               : "kept apart: undated and unplaced, and no one dated incident of its perpetrator";
    return id;
  }
  // Incidents dated to the day are checked against the weekdays first; those dated to a
  // month or year only when none fits.
  std::vector<const IncidentFacts*> fits;
  for (bool loose : {false, true}) {
    for (const IncidentFacts& d : dated)
      if (!d.date.empty() && place_fits(u, d) && weekday_fits(u, d, loose)) fits.push_back(&d);
    if (!fits.empty() || u.weekdays == 0) break;
  }
  const std::string where = u.weekdays == 0 ? "place" : "place and weekday";
  if (fits.size() == 1) {
    *rule = "undated: the only dated incident of this " + where;
    return fits[0]->id;
  }
  if (fits.empty()) {
    *rule = "kept apart: undated, and no dated incident of this " + where;
    return 0;
  }
  struct Tiebreak {
    const char* what;
    bool (*holds)(const IncidentFacts&, const IncidentFacts&);
  };
  static constexpr Tiebreak kTiebreaks[] = {
      {"very place",
       [](const IncidentFacts& u, const IncidentFacts& d) {
         return u.location != 0 && u.location == d.location && !u.location_is_city;
       }},
      {"day of the year", same_month_day},
      {"perpetrator", [](const IncidentFacts& u,
                         const IncidentFacts& d) { return share(u.perpetrators, d.perpetrators); }},
      {"kind of site", [](const IncidentFacts& u,
                          const IncidentFacts& d) { return (u.site_kinds & d.site_kinds) != 0; }},
      {"toll", same_toll},
      {"figures", figures_agree},
      {"type",
       [](const IncidentFacts& u, const IncidentFacts& d) {
         return incident_kind(d.type) == incident_kind(u.type);
       }},
  };
  for (const Tiebreak& t : kTiebreaks) {
    if (std::int64_t id = only(fits, [&](const IncidentFacts& d) { return t.holds(u, d); })) {
      *rule = "undated: the only dated incident of this " + where + " and " + t.what;
      return id;
    }
  }
  *rule = "kept apart: undated, and " + std::to_string(fits.size()) + " dated incidents of this " +
          where + " that nothing tells apart:";
  for (const IncidentFacts* d : fits) *rule += " v" + std::to_string(d->id);
  return 0;
}

}  // namespace dossier
