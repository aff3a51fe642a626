// The query layer's answers as JSON, field for field, for the HTTP API (openapi.json in
// web/ describes the shapes). Pure.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "dossier/query/documents.h"
#include "dossier/query/entities.h"
#include "dossier/query/events.h"
#include "dossier/query/graph.h"

namespace dossier::serve {

nlohmann::json to_json(const SearchHit& hit);
nlohmann::json to_json(const DocumentListing& document);
nlohmann::json to_json(const DocumentDetail& document,
                       const std::vector<DocumentMention>& mentions);
nlohmann::json to_json(const EntityListing& entity);
nlohmann::json to_json(const EntityDetail& entity);
nlohmann::json to_json(const EventListing& event);
nlohmann::json to_json(const MeasureReport& report);
nlohmann::json to_json(const EventDetail& event);
nlohmann::json to_json(const ConflictEntry& conflict);
nlohmann::json to_json(const TimelineEntry& entry);
nlohmann::json to_json(const Neighbourhood& graph);

// A JSON array of to_json(item) for each item.
template <typename T>
nlohmann::json to_json_array(const std::vector<T>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const T& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace dossier::serve
