// The store's incidents held in memory for matching a new document's events.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/extract/date.h"

namespace dossier {

// An incident as the matcher sees it: entity ids are global.
struct EventKey {
  std::int64_t id = 0;
  PartialDate date;
  std::int64_t location = 0;  // entity id, 0 when none
  std::string country;        // ISO alpha-2 or empty
  std::vector<std::int64_t> perpetrators;
};

// Cross-document event resolution. A document's event joins a stored one when
// their dates are compatible (equal, or one contains the other) and their
// places agree (the same place entity, or the same country when at least one
// date is precise to the day or they share a perpetrator), or, when neither has
// a place, when they share a perpetrator. Undated events join nothing here: once
// every report is in, match_undated (extract/undated_match.h) decides. The best match
// prefers the same place.
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
