// The store's incidents held in memory for matching a new document's events.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/extract/date.h"

namespace dossier {

// An incident as the matcher sees it: entity ids are global.
// Two places this close (km) may be one incident's sites ("the airport and a metro station").
inline constexpr double kNearKm = 40;
// Two reports naming one victim this many days apart may tell one incident.
inline constexpr int kVictimDays = 45;

struct EventKey {
  std::int64_t id = 0;
  PartialDate date;
  std::int64_t location = 0;  // entity id, 0 when none
  std::string country;        // ISO alpha-2 or empty
  std::vector<std::int64_t> perpetrators;
  // People named inside its killed or wounded figures ("Jane Roe, 41, was killed"): the
  // victims, by full name (two words or more).
  std::vector<std::int64_t> victims;
  std::string region;      // the place's first-level region ("Ohio"), when known
  bool has_point = false;  // the place's coordinates, when known
  double lat = 0, lon = 0;
};

// Cross-document event resolution. A document's event joins a stored one when their
// dates are compatible (equal, or one contains the other) or are days next to each other
// ("late Friday", "early Saturday"), and they share the place entity; or, when both dates are at
// least as precise as the month, when they share the country and either the day or a perpetrator
// (two different places of known coordinates more than kNearKm apart, or, without coordinates,
// in two different known regions, join only by a shared perpetrator: a country holds many
// incidents a day); or, when neither has a place and both dates
// give the month, a perpetrator. An event known only to the year joins only the same place, and
// only when that leaves one candidate. Two dated events naming the same victim join when their
// dates are at most kVictimDays apart (a follow-up weeks later: charges, a funeral, a death in
// hospital) and their places, where both are known points, are within kNearKm. Undated events
// join nothing here: once every report is in, match_undated (extract/undated_match.h) decides.
// The best match prefers the same victim, then the same place.
class EventIndex {
 public:
  void add(const EventKey& event);
  void update(const EventKey& event);  // replaces the stored key with the same id
  void remove(std::int64_t id);
  // The stored key with this id; null when none.
  const EventKey* get(std::int64_t id) const;
  // The stored event this one denotes and the rule that joined them; 0 when none.
  std::int64_t find(const EventKey& event, std::string* rule) const;

 private:
  // Bucket keys: only events that share a bucket with a query can match it, so a lookup
  // costs the size of a few buckets, not of the store.
  std::vector<std::string> buckets(const EventKey& event) const;
  std::vector<std::string> query_buckets(const EventKey& event) const;
  void index(const EventKey& event, bool remove);

  std::unordered_map<std::int64_t, EventKey> events_;
  std::unordered_map<std::string, std::vector<std::int64_t>> buckets_;
};

}  // namespace dossier
