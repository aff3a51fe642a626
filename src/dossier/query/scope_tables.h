// The rows of an export's scope (export_scope.h) as tables: every figure reported for its
// incidents, its entities with their aliases and counts, and their mentions. Each function
// visits the rows in the order it states, reading one at a time, so memory stays flat
// however large the store; an ExportScope must be alive and `visit` must not write to the
// store. Throws StoreError (and whatever `visit` throws).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dossier/store/store.h"

namespace dossier {

// A figure one document reported for an incident of the scope.
struct ScopeFigure {
  std::int64_t event = 0;
  std::string measure;
  std::int64_t low = 0, high = 0;
  std::string qualifier;
  std::int64_t document = 0;
  std::string published;            // of the document, "" when unknown
  std::string source;               // the document's URL, else the source it was read from
  std::int64_t start = 0, end = 0;  // byte offsets of the evidence in the document's text
  std::string text, sentence;       // the evidence and the sentence it stands in
  std::string attributed_to;        // "" when unattributed
  std::string hedges;               // comma-separated as stored ("reportedly,allegedly")
  std::int64_t page = 0;            // the evidence's page; 0 for a document without pages
};

// Every figure of the scope's incidents, by incident, document, then offset.
void for_each_scope_figure(Store& store, const std::function<void(const ScopeFigure&)>& visit);

// An entity of the scope, counted over the scope's documents.
struct ScopeEntity {
  std::int64_t id = 0;
  std::string type, subtype, name, country;   // subtype and country "" when unknown
  std::optional<double> latitude, longitude;  // when the lexicon has them
  std::vector<std::string> aliases;           // surface forms other than the name, sorted
  std::int64_t documents = 0;                 // scope documents naming it
  std::int64_t mentions = 0;                  // its mentions in them
};

// Every entity of the scope, by id (with no mentions in scope: counts 0).
void for_each_scope_entity(Store& store, const std::function<void(const ScopeEntity&)>& visit);

// A mention of a scope entity in a scope document.
struct ScopeMention {
  std::int64_t entity = 0, document = 0;
  std::int64_t start = 0, end = 0;  // byte offsets into the document's text
  std::string text, origin;         // origin: what found it (lexicon, ner, ...)
  std::int64_t page = 0;            // its page; 0 for a document without pages
};

// Every such mention, by entity, document, then offset.
void for_each_scope_mention(Store& store, const std::function<void(const ScopeMention&)>& visit);

}  // namespace dossier
