#include "dossier/pipeline/event_index.h"

#include <algorithm>
#include <cstdlib>

#include "dossier/core/geo.h"

namespace dossier {
namespace {

bool share(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
  for (auto x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

double distance_km(const EventKey& a, const EventKey& b) {
  return dossier::distance_km(a.lat, a.lon, b.lat, b.lon);
}

// Both placed, at known points farther apart than kNearKm; or, where a point is not known
// (a county), in different known regions.
bool far_apart(const EventKey& a, const EventKey& b) {
  if (!a.location || !b.location) return false;
  if (a.has_point && b.has_point) return distance_km(a, b) > kNearKm;
  return !a.region.empty() && !b.region.empty() && a.region != b.region;
}

}  // namespace

namespace {

// "y2024:" for an event dated in 2024.
std::string year_prefix(const EventKey& e) {
  std::string y = "y";
  y += std::to_string(e.date.year);
  y += ':';
  return y;
}

// Appends prefix + "p<place>" and prefix + "c<country>" for what the event has, and,
// with `no_place`, prefix + "-" when it has no place.
void add_keys(std::vector<std::string>& out, const std::string& prefix, const EventKey& e,
              bool no_place) {
  if (e.location) out.push_back(prefix + 'p' + std::to_string(e.location));
  if (!e.country.empty()) out.push_back(prefix + 'c' + e.country);
  if (no_place && !e.location) out.push_back(prefix + '-');
}

}  // namespace

// Where an event is filed: a dated one under "y<year>:p<place>", "y<year>:c<country>"
// and "y<year>:-" (no place), and "v<victim>" for each victim; an undated one under
// "u:p<place>" and "u:c<country>". Every event is also filed under "p<place>" and
// "c<country>" for undated queries.
std::vector<std::string> EventIndex::buckets(const EventKey& e) const {
  std::vector<std::string> out;
  if (e.date.year)
    add_keys(out, year_prefix(e), e, true);
  else
    add_keys(out, "u:", e, false);
  add_keys(out, "", e, false);
  if (e.date.year)
    for (std::int64_t v : e.victims) out.push_back('v' + std::to_string(v));
  return out;
}

// The buckets a query must look in: a dated query its year's buckets; an undated one none
// (match_undated places it once every report is in).
std::vector<std::string> EventIndex::query_buckets(const EventKey& e) const {
  std::vector<std::string> out;
  if (!e.date.year) return out;
  add_keys(out, year_prefix(e), e, true);
  for (std::int64_t v : e.victims) out.push_back('v' + std::to_string(v));
  return out;
}

void EventIndex::index(const EventKey& e, bool remove) {
  for (const std::string& b : buckets(e)) {
    auto& ids = buckets_[b];
    if (remove)
      ids.erase(std::remove(ids.begin(), ids.end(), e.id), ids.end());
    else
      ids.push_back(e.id);
  }
}

void EventIndex::add(const EventKey& event) {
  events_[event.id] = event;
  index(event, false);
}

void EventIndex::update(const EventKey& event) {
  auto it = events_.find(event.id);
  if (it != events_.end()) index(it->second, true);
  events_[event.id] = event;
  index(event, false);
}

void EventIndex::remove(std::int64_t id) {
  auto it = events_.find(id);
  if (it == events_.end()) return;
  index(it->second, true);
  events_.erase(it);
}

const EventKey* EventIndex::get(std::int64_t id) const {
  auto it = events_.find(id);
  return it == events_.end() ? nullptr : &it->second;
}

std::int64_t EventIndex::find(const EventKey& ev, std::string* rule) const {
  std::int64_t best = 0;
  int best_score = 0, ties = 0;
  // Only events sharing a bucket with the query can match it.
  std::vector<std::int64_t> candidates;
  auto take = [&](const std::string& key) {
    auto it = buckets_.find(key);
    if (it != buckets_.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  };
  for (const std::string& b : query_buckets(ev)) take(b);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (std::int64_t id : candidates) {
    const EventKey& e = events_.at(id);
    bool same_place = ev.location && ev.location == e.location;
    bool same_country = !ev.country.empty() && ev.country == e.country;
    bool perp = share(ev.perpetrators, e.perpetrators);
    // The same victim named a few weeks apart: a follow-up of one incident.
    if (share(ev.victims, e.victims) && ev.date.year && e.date.year && !far_apart(ev, e) &&
        std::labs(day_number(ev.date) - day_number(e.date)) <= kVictimDays) {
      if (best_score < 4) {
        best_score = 4;
        ties = 1;
        best = e.id;
        *rule = "same victim";
      }
      continue;
    }
    // "Late Friday" in one report is "early Saturday" in the next: one place, a day apart.
    const bool next_day = same_place && ev.date.day && e.date.day &&
                          (add_days(ev.date, 1) == e.date || add_days(ev.date, -1) == e.date);
    if (next_day) {
      if (best_score < 3) {
        best_score = 3;
        ties = 1;
        best = e.id;
        *rule = "same place, a day apart";
      }
      continue;
    }
    if (!ev.date.year || !e.date.year || !dates_compatible(ev.date, e.date)) continue;
    // A year says little: only the same place joins it to another incident.
    const bool coarse =
        ev.date.precision() < DatePrecision::kMonth || e.date.precision() < DatePrecision::kMonth;
    const bool same_day = ev.date.day && e.date.day;  // compatible, so equal
    int score = 0;
    if (same_place)
      score = 3;
    else if (same_country && !coarse && (perp || (same_day && !far_apart(ev, e))))
      score = 2;
    else if (!ev.location && !e.location && perp && !coarse)
      score = 1;
    if (score > 0 && score == best_score) ++ties;
    if (score > best_score) {
      best_score = score;
      ties = 1;
      best = e.id;
      *rule = score == 3   ? "same date and place"
              : score == 2 ? "same date and country"
                           : "same date and perpetrator";
    }
  }
  // A query known only to the year that fits several incidents denotes none of them.
  if (ties > 1 && ev.date.precision() < DatePrecision::kMonth) return 0;
  return best;
}

}  // namespace dossier
