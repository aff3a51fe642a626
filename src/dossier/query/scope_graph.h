// An export's scope (export_scope.h) as a network: its incidents, the roles its entities
// play in them, where they happened, and which entities are named in one sentence (the
// entities themselves are scope_tables.h's). Each function visits in the order it states,
// reading one row at a time; an ExportScope must be alive and `visit` must not write to the
// store. Throws StoreError (and whatever `visit` throws).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "dossier/store/store.h"

namespace dossier {

// An incident of the scope with how often it is reported (over all its reports).
struct IncidentNode {
  std::int64_t id = 0;
  std::string name, type, date;  // date "" when undated
  std::int64_t mentions = 0;     // its mentions in its reports
  std::int64_t documents = 0;    // its reports
};

// Every incident of the scope, by id.
void for_each_incident_node(Store& store, const std::function<void(const IncidentNode&)>& visit);

enum class IncidentRole { kPerpetrator, kTarget };

// A scope entity in one role in a scope incident.
struct RoleLink {
  std::int64_t entity = 0, event = 0;
  std::int64_t documents = 0;  // documents whose report of the incident gives it the role
};

// Every such link of `role`, by incident, then entity.
void for_each_role_link(Store& store, IncidentRole role,
                        const std::function<void(const RoleLink&)>& visit);

// A scope incident whose location is a scope entity.
struct PlaceLink {
  std::int64_t event = 0, location = 0;
};

// Every such incident, by id.
void for_each_place_link(Store& store, const std::function<void(const PlaceLink&)>& visit);

// Two scope entities (a < b) named in one sentence of scope documents.
struct Cooccurrence {
  std::int64_t a = 0, b = 0;
  std::int64_t sentences = 0;  // sentences naming both
  std::int64_t documents = 0;  // documents with such a sentence
};

// Every such pair, by a, then b. Re-segments each scope document into sentences; the pairs
// are gathered in a temporary table (temp.cooccurrence), so memory stays flat.
void for_each_cooccurrence(Store& store, const std::function<void(const Cooccurrence&)>& visit);

}  // namespace dossier
