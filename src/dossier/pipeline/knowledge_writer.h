// Writes a document's extraction into the store and resolves its entities and
// events against everything stored before it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/core/document.h"
#include "dossier/pipeline/document_extraction.h"
#include "dossier/pipeline/event_index.h"
#include "dossier/pipeline/models.h"
#include "dossier/resolve/entity_index.h"
#include "dossier/store/statement.h"

namespace dossier {

// Holds the in-memory indexes of the store's entities and events; create one
// per ingest run or `resolve`, on the connection the caller writes with. The
// caller owns transactions. Throws StoreError on SQLite failures.
class KnowledgeWriter {
 public:
  KnowledgeWriter(sqlite3* db, const Models& models);

  // Stores the mentions, document entities and events of document `doc_id`,
  // linking each to a new or existing global entity / event.
  void add(std::int64_t doc_id, const Document& doc, const Extraction& extraction);

  // Forgets every global entity and event and links all stored document
  // entities and events again, in document order, with the current rules.
  void resolve_all();

  // Joins each incident that no report dates to the one dated incident it can be (see
  // match_undated in extract/undated_match.h), moving its reports there; run once all documents
  // of an ingest are added, so the result does not depend on their order.
  void settle_undated();

 private:
  // The rows add_entities() wrote, one per extracted entity: its doc_entities id and the
  // global entity it joined.
  struct StoredEntities {
    std::vector<std::int64_t> doc_entities, entities;
  };

  void load_indexes();
  // Writes the document's entities, their names and mentions, each linked to its global
  // entity.
  StoredEntities add_entities(std::int64_t doc_id, const Document& doc,
                              const Extraction& extraction);
  // Writes one event of the document, linked to its global event, with its parts;
  // `victims` are the global people its figures name (event_index.h).
  void add_event(std::int64_t doc_id, const DocEvent& event, const StoredEntities& entities,
                 std::vector<std::int64_t> victims);
  // Writes the perpetrators, targets, mentions and figures of doc_events row `doc_event`.
  void add_event_parts(std::int64_t doc_event, const DocEvent& event,
                       const StoredEntities& entities);
  // The global entity these names denote, created (and indexed) when none matches.
  EntityMatch resolve_entity(const EntityNames& names);
  // The global event `key` denotes and the rule that joined them ("new" when it was
  // created). A joined event takes the date precision, place, country and perpetrators
  // that `key` adds.
  std::pair<std::int64_t, std::string> link_event(EventKey key, const std::string& type,
                                                  const std::string& name);

  // The prepared statement for `text`, prepared on first use and kept.
  Statement& sql(std::string_view text);

  sqlite3* db_;
  std::unordered_map<std::string, Statement> statements_;
  const Models& models_;
  EntityIndex entities_;
  EventIndex events_;
  std::unordered_map<std::int64_t, std::pair<double, double>> points_;  // entity -> lat, lon
  std::unordered_map<std::int64_t, std::string> regions_;  // entity -> its first-level region
  // Sets key->has_point, lat and lon from its location's coordinates, when known.
  void set_point(EventKey* key) const;
};

}  // namespace dossier
