#include "dossier/query/export_scope.h"

#include <cstdlib>

namespace dossier {
namespace {

constexpr const char* kDropScope =
    "DROP TABLE IF EXISTS temp.scope_events; DROP TABLE IF EXISTS temp.scope_entities;"
    "DROP TABLE IF EXISTS temp.scope_documents;";

// A partial date overlaps ?1..?2 (YYYY[-MM[-DD]] each, '' for open): its last possible
// day is not before ?1 and its first not after ?2.
std::string date_overlaps(const std::string& column) {
  return "(?1 = '' OR (" + column + " <> '' AND substr(" + column + " || '-99-99', 1, 10) >= ?1))" +
         " AND (?2 = '' OR (" + column + " <> '' AND substr(" + column + ", 1, length(?2)) <= ?2))";
}

// Incidents of the filter with `entity` (0: any, -1: none) as place, perpetrator or
// target; then their documents and the entities those name.
void select_incidents(sqlite3* db, const ExportFilter& f, std::int64_t entity) {
  Statement(db, "INSERT INTO scope_events SELECT v.id FROM events v WHERE " +
                    date_overlaps("v.date") +
                    " AND (?3 = '' OR v.type = ?3) AND (?4 = 0 OR v.location = ?4 OR v.id IN ("
                    "SELECT d.event FROM doc_events d JOIN doc_event_perpetrators p "
                    "ON p.doc_event = d.id JOIN doc_entities x ON x.id = p.doc_entity "
                    "WHERE x.entity = ?4 UNION SELECT d.event FROM doc_events d "
                    "JOIN doc_event_targets t ON t.doc_event = d.id JOIN doc_entities x "
                    "ON x.id = t.doc_entity WHERE x.entity = ?4))")
      .bind_all(f.from, f.to, f.type, entity)
      .run();
  exec(db,
       "INSERT INTO scope_documents SELECT DISTINCT document FROM doc_events "
       "WHERE event IN (SELECT id FROM scope_events);"
       "INSERT INTO scope_entities SELECT DISTINCT entity FROM doc_entities "
       "WHERE document IN (SELECT id FROM scope_documents) AND entity IS NOT NULL;");
}

// Documents of the filter's dates, the entities of its type (or `entity` alone: 0 any, -1
// none) named in them, then the incidents they report.
void select_entities(sqlite3* db, const ExportFilter& f, std::int64_t entity) {
  Statement(db, "INSERT INTO scope_documents SELECT id FROM documents WHERE " +
                    date_overlaps("published"))
      .bind_all(f.from, f.to)
      .run();
  Statement(db,
            "INSERT INTO scope_entities SELECT DISTINCT e.id FROM doc_entities x "
            "JOIN entities e ON e.id = x.entity WHERE x.document IN "
            "(SELECT id FROM scope_documents) AND (?1 = '' OR e.type = ?1) "
            "AND (?2 = 0 OR e.id = ?2)")
      .bind_all(f.type, entity)
      .run();
  exec(db,
       "INSERT INTO scope_events SELECT DISTINCT event FROM doc_events "
       "WHERE document IN (SELECT id FROM scope_documents) AND event IS NOT NULL;");
}

// The next row of `q`: a table's row count and highest id.
ScopeTableSize next_table_size(Statement& q) {
  q.step();
  return {q.column_int(0), q.column_int(1)};
}

}  // namespace

std::int64_t find_scope_entity(Store& store, const std::string& name) {
  if (name.size() > 1 && name[0] == 'e' &&
      name.find_first_not_of("0123456789", 1) == std::string::npos) {
    Statement q(store.handle(), "SELECT id FROM entities WHERE id = ?");
    q.bind(1, std::int64_t{std::atoll(name.c_str() + 1)});
    if (q.step()) return q.column_int(0);
  }
  Statement q(store.handle(),
              "SELECT id FROM entities WHERE lower(name) = lower(?1) UNION "
              "SELECT d.entity FROM doc_entity_names n JOIN doc_entities d ON d.id = n.doc_entity "
              "WHERE lower(n.alias) = lower(?1) AND d.entity IS NOT NULL ORDER BY 1 LIMIT 1");
  q.bind(1, name);
  return q.step() ? q.column_int(0) : 0;
}

ExportScope::ExportScope(Store& store, const ExportFilter& f, ExportSubject subject)
    : store_(store) {
  sqlite3* db = store.handle();
  // The store keeps temporary tables in memory (for ingest's sorting); an export's scope
  // and working tables grow with the store, so they go to a file. (Changing the setting
  // drops any temporary table of this connection.) Exports read each row about once, so
  // a page cache of 8 MB, not the store's 32 MB, serves them as well and keeps their
  // memory the same for any store size.
  exec(db, std::string("PRAGMA temp_store = FILE; PRAGMA cache_size = -8192;") + kDropScope +
               "CREATE TEMP TABLE scope_events(id INTEGER PRIMARY KEY);"
               "CREATE TEMP TABLE scope_entities(id INTEGER PRIMARY KEY);"
               "CREATE TEMP TABLE scope_documents(id INTEGER PRIMARY KEY);");
  wants_entity_ = !f.entity.empty();
  if (wants_entity_) entity_ = find_scope_entity(store, f.entity);
  // -1 matches nothing: an entity that was asked for but does not exist empties the scope.
  std::int64_t entity = wants_entity_ ? (entity_ ? entity_ : -1) : 0;
  if (f.empty())
    exec(db,
         "INSERT INTO scope_events SELECT id FROM events;"
         "INSERT INTO scope_documents SELECT id FROM documents;"
         "INSERT INTO scope_entities SELECT id FROM entities;");
  else if (subject == ExportSubject::kIncidents)
    select_incidents(db, f, entity);
  else
    select_entities(db, f, entity);
}

ExportScope::~ExportScope() {
  sqlite3_exec(store_.handle(), kDropScope, nullptr, nullptr, nullptr);
}

ScopeSize scope_size(Store& store) {
  Statement q(store.handle(),
              "SELECT count(*), COALESCE(max(id), 0) FROM scope_events UNION ALL "
              "SELECT count(*), COALESCE(max(id), 0) FROM scope_entities UNION ALL "
              "SELECT count(*), COALESCE(max(id), 0) FROM scope_documents");
  ScopeSize size;
  size.events = next_table_size(q);
  size.entities = next_table_size(q);
  size.documents = next_table_size(q);
  q.reset();
  return size;
}

}  // namespace dossier
