#include "dossier/pipeline/event_index.h"

#include <algorithm>

namespace dossier {
namespace {

bool share(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
  for (auto x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

}  // namespace

bool dates_compatible(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

void EventIndex::add(const EventKey& event) { events_.push_back(event); }

void EventIndex::update(const EventKey& event) {
  for (auto& e : events_)
    if (e.id == event.id) e = event;
}

std::int64_t EventIndex::find(const EventKey& ev, std::string* rule) const {
  std::int64_t best = 0;
  int best_score = 0;
  for (const EventKey& e : events_) {
    bool same_place = ev.location && ev.location == e.location;
    bool same_country = !ev.country.empty() && ev.country == e.country;
    bool perp = share(ev.perpetrators, e.perpetrators);
    int score = 0;
    if (ev.date.year && e.date.year) {
      if (!dates_compatible(ev.date, e.date)) continue;
      bool precise = ev.date.day || e.date.day;
      if (same_place)
        score = 4;
      else if (same_country && (precise || perp))
        score = 3;
      else if (!ev.location && !e.location && perp)
        score = 2;
    } else if ((same_place || same_country) && perp) {
      score = 1;  // one or both undated: the same place or country and the same perpetrator
    }
    if (score > best_score) {
      best_score = score;
      best = e.id;
      *rule = score == 4   ? "same date and place"
              : score == 3 ? "same date and country"
              : score == 2 ? "same date and perpetrator"
                           : "same place and perpetrator";
    }
  }
  return best;
}

}  // namespace dossier
