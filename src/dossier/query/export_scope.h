// What an export covers: the incidents, entities and documents that pass the
// --from/--to, --type and --entity filters, kept in SQLite temporary tables
// (scope_events, scope_entities, scope_documents; one `id` column each) so
// every reader of the scope joins against them and memory does not grow with the store.
#pragma once

#include <cstdint>
#include <string>

#include "dossier/store/store.h"

namespace dossier {

struct ExportFilter {
  std::string from, to;  // YYYY[-MM[-DD]], inclusive; "" for open
  std::string type;      // incident type, or entity type when the subject is entities
  std::string entity;    // "e<N>", or a name or alias (case-insensitive); "" for any

  bool empty() const { return from.empty() && to.empty() && type.empty() && entity.empty(); }
};

// What the filters select first; the other two tables follow from it.
enum class ExportSubject {
  // Incidents dated within from..to (a partial date counts when it overlaps), of
  // `type`, with `entity` as place, perpetrator or target; then the documents
  // reporting them and the entities those documents name.
  kIncidents,
  // Documents published within from..to; entities of `type` (person,
  // organization, location, group), or `entity` alone, named in them; then the
  // incidents those documents report.
  kEntities,
};

// Creates the scope tables on construction (switching the connection's temporary
// storage to a file, so they spill to disk, and its page cache to 8 MB) and drops them
// on destruction. The store must outlive the scope.
// With an empty filter every row of the store is in scope. Throws StoreError.
class ExportScope {
 public:
  ExportScope(Store& store, const ExportFilter& filter, ExportSubject subject);
  ~ExportScope();
  ExportScope(const ExportScope&) = delete;
  ExportScope& operator=(const ExportScope&) = delete;

  // False when --entity names no entity of the store (the scope is then empty).
  bool entity_found() const { return entity_ != 0 || !wants_entity_; }

 private:
  Store& store_;
  bool wants_entity_ = false;
  std::int64_t entity_ = 0;
};

// The entity `name` denotes for --entity: "e<N>" when it exists, else the entity whose name
// or one of whose aliases equals it, case-insensitively (lowest id first); 0 when none.
// Throws StoreError.
std::int64_t find_scope_entity(Store& store, const std::string& name);

// How many rows each scope table holds and its highest id (0 when empty).
struct ScopeTableSize {
  std::int64_t rows = 0, max_id = 0;
};
struct ScopeSize {
  ScopeTableSize events, entities, documents;
};

// The size of the scope (an ExportScope must be alive). Throws StoreError.
ScopeSize scope_size(Store& store);

}  // namespace dossier
