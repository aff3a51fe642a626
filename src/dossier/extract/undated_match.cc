#include "dossier/extract/undated_match.h"

#include <algorithm>
#include <string_view>

namespace dossier {
namespace {

bool share(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b) {
  for (auto x : a)
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  return false;
}

// "bombing" for every kind of bombing, else the type itself.
std::string_view type_family(std::string_view type) {
  return type.find("bomb") != std::string_view::npos ? "bombing" : type;
}

bool place_fits(const IncidentFacts& u, const IncidentFacts& d) {
  if (u.country.empty() || u.country != d.country) return false;
  if (u.location && u.location == d.location) return true;
  return !(u.location_is_city && d.location_is_city);
}

bool weekday_fits(const IncidentFacts& u, const IncidentFacts& d) {
  if (u.weekdays == 0) return true;
  if (d.date.precision() != DatePrecision::kDay) return false;
  return (u.weekdays >> weekday(d.date)) & 1u;
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

}  // namespace

std::int64_t match_undated(const IncidentFacts& u, const std::vector<IncidentFacts>& dated,
                           std::string* rule) {
  std::vector<const IncidentFacts*> fits;
  for (const IncidentFacts& d : dated)
    if (!d.date.empty() && place_fits(u, d) && weekday_fits(u, d)) fits.push_back(&d);
  const std::string where = u.weekdays == 0 ? "place" : "place and weekday";
  if (fits.size() == 1) {
    *rule = "undated: the only dated incident of this " + where;
    return fits[0]->id;
  }
  if (fits.empty()) return 0;
  if (std::int64_t id = only(
          fits, [&](const IncidentFacts& d) { return share(u.perpetrators, d.perpetrators); })) {
    *rule = "undated: the only dated incident of this " + where + " and perpetrator";
    return id;
  }
  if (std::int64_t id = only(fits, [&](const IncidentFacts& d) {
        return type_family(d.type) == type_family(u.type);
      })) {
    *rule = "undated: the only dated incident of this " + where + " and type";
    return id;
  }
  return 0;
}

}  // namespace dossier
