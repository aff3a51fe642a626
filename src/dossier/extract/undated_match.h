// Which dated incident an undated mention of an incident denotes, if exactly one can be
// it: used within a report and, once every report is in, across the store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/extract/date.h"

namespace dossier {

// An incident as the undated-report matcher sees it.
struct IncidentFacts {
  std::int64_t id = 0;
  PartialDate date;
  std::int64_t location = 0;      // entity id, 0 when none
  bool location_is_city = false;  // a city or town, not a country, region or venue
  bool has_point = false;         // the place has coordinates (a city, a facility ...)
  double lat = 0, lon = 0;
  std::string country;  // ISO alpha-2 or empty
  std::string region;   // the first-level subdivision the place lies in, or empty
  std::string type;     // "bombing", "attack", ...
  std::vector<std::int64_t> perpetrators;
  unsigned weekdays = 0;        // bit d set: its reports name weekday d (0 Monday); undated only
  std::vector<int> month_days;  // month * 100 + day its reports name without a year
  unsigned site_kinds = 0;      // kinds of site its reports name (site_kinds.h)
  struct Count {
    std::string measure;  // "killed", "wounded", ...
    std::int64_t value = 0;
  };
  std::vector<Count> figures;  // the largest figure per measure is enough
};

// Adds undated u's perpetrators to d once u joined it, so that an unplaced undated incident
// is matched against the perpetrators of all of d's reports. (Its figures and kinds of site
// are left out: they would make later ties depend on the order incidents are settled in.)
void absorb(IncidentFacts* d, const IncidentFacts& u);

// Keeps in f->figures the largest value per measure.
void add_count(IncidentFacts* f, const std::string& measure, std::int64_t value);

// The one dated incident that undated incident `u` can be. An unplaced u (no place, no
// country) can only be the one dated incident that shares a perpetrator with it. Else:
// dated candidates in the same
// country whose place does not contradict u's (the same place, or not two different
// cities, not two points more than 150 km apart, and not in two different subdivisions
// unless both have points: Dagestan is not Moscow, Krasnogorsk 20 km from Moscow is), on a weekday
// u's reports name when they name one (the incident's day or the day after: a siege "ended
// Sunday"); an incident dated only to the month or year fits a weekday when no day-dated one does.
// When several fit, the first of these that holds for exactly one of them decides: it is at the
// very place u is (a site, not a city); its day is a month and day u's reports name ("January 24");
// it shares a perpetrator; its reports name a kind of site u's name (site_kinds.h); it has the same
// toll (for some measure, the same largest figure); its figures agree (for some measure both give,
// the larger at most three times the smaller); it is of the same kind (every bombing is one kind).
// Returns its id and sets *rule to the reason, or returns 0 when none or several fit and
// sets *rule to why ("kept apart: undated, and 2 dated incidents of this place that nothing
// tells apart: v4 v9", the candidates' ids).
std::int64_t match_undated(const IncidentFacts& u, const std::vector<IncidentFacts>& dated,
                           std::string* rule);

}  // namespace dossier
