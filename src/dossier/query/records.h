// The whole knowledge base record by record, for exports: every document, every entity
// with its aliases and mentions, every incident with its actors, mentions and figures.
// Each function visits the records in id order, reading one at a time, so memory stays flat
// however large the store; `visit` must not write to the store. Throws StoreError when
// SQLite fails (and whatever `visit` throws).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dossier/store/store.h"

namespace dossier {

struct DocumentRecord {
  std::int64_t id = 0;
  std::string source, external_id, title, published, language, url;  // "" when unknown
};

// A span of a document's text: the evidence of a mention or a figure.
struct TextSpan {
  std::int64_t document = 0;
  std::int64_t start = 0, end = 0;  // byte offsets
  std::string text;
  std::int64_t page = 0;  // the page it starts on; 0 for a document without pages
};

struct EntityRecord {
  std::int64_t id = 0;
  std::string type, name, subtype, country;  // subtype and country "" when unknown
  std::string region;  // the first-level subdivision a place lies in, "" when unknown
  std::optional<std::pair<double, double>> coordinates;  // (lat, lon)
  std::vector<std::string> aliases;  // surface forms other than the name, sorted
  std::vector<TextSpan> mentions;    // by document, then offset
};

// A figure a report gave for an incident.
struct FigureRecord {
  std::string measure;
  std::int64_t low = 0, high = 0;
  std::string qualifier;
  TextSpan evidence;
  std::string attributed_to;        // "" when unattributed
  std::vector<std::string> hedges;  // "reportedly", "allegedly", ...
};

struct EventRecord {
  std::int64_t id = 0;
  std::string type, name, date;                     // date "" when undated
  std::optional<std::int64_t> location;             // an entity id
  std::vector<std::int64_t> perpetrators, targets;  // entity ids, ascending
  std::vector<TextSpan> mentions;                   // by document, then offset
  std::vector<FigureRecord> figures;                // by document, then offset
};

void for_each_document_record(Store& store,
                              const std::function<void(const DocumentRecord&)>& visit);
void for_each_entity_record(Store& store, const std::function<void(const EntityRecord&)>& visit);
void for_each_event_record(Store& store, const std::function<void(const EventRecord&)>& visit);

}  // namespace dossier
