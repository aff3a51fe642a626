#include "dossier/query/stix_source.h"

#include "dossier/query/alias_lookup.h"

namespace dossier {
namespace {

// When each scope document was ingested, apart from its text: reading the column from
// documents would walk each text's overflow pages again for every entity and incident.
void keep_document_times(sqlite3* db) {
  exec(db,
       "DROP TABLE IF EXISTS temp.document_times;"
       "CREATE TEMP TABLE document_times(id INTEGER PRIMARY KEY, ingested_at TEXT NOT NULL);"
       "INSERT INTO document_times SELECT id, ingested_at FROM documents "
       "WHERE id IN (SELECT id FROM scope_documents);");
}

// Fills temp.incident_keys(event, key) with each scope incident's key (see
// StixSource::incident_key). Done once, as reports name incidents many times and one
// incident may have thousands of reports.
void key_incidents(sqlite3* db) {
  exec(db,
       "DROP TABLE IF EXISTS temp.incident_keys;"
       "CREATE TEMP TABLE incident_keys(event INTEGER PRIMARY KEY, key TEXT NOT NULL);"
       // Documents are stored, and their incidents written, in order: the lowest doc_event
       // id of an incident is in its first document.
       "INSERT INTO incident_keys SELECT e.event, d.hash || ':' || e.type || ':' || e.name || "
       "':' || COALESCE((SELECT min(start) FROM event_mentions WHERE doc_event = e.id), '') "
       "FROM doc_events e JOIN documents d ON d.id = e.document WHERE e.id IN "
       "(SELECT min(id) FROM doc_events WHERE event IN (SELECT id FROM scope_events) "
       "GROUP BY event)");
}

std::vector<std::int64_t> ids(Statement& q, std::int64_t document) {
  std::vector<std::int64_t> out;
  q.bind(1, document);
  while (q.step()) out.push_back(q.column_int(0));
  return out;
}

// Calls `visit` for each scope document with the scope entities and incidents it names.
void visit_reports(sqlite3* db, const std::function<void(const StixReport&)>& visit) {
  Statement docs(db,
                 "SELECT id, hash, source, external_id, url, title, published, language, "
                 "ingested_at FROM documents WHERE id IN (SELECT id FROM scope_documents) "
                 "ORDER BY id");
  Statement entities(db,
                     "SELECT DISTINCT entity FROM doc_entities WHERE document = ? AND entity IN "
                     "(SELECT id FROM scope_entities) ORDER BY entity");
  Statement incidents(db, "SELECT event FROM report_incidents WHERE document = ? ORDER BY event");
  while (docs.step()) {
    StixReport r{docs.column_int(0),  docs.column_text(1), docs.column_text(2),
                 docs.column_text(3), docs.column_text(4), docs.column_text(5),
                 docs.column_text(6), docs.column_text(7), docs.column_text(8)};
    r.entities = ids(entities, r.id);
    r.incidents = ids(incidents, r.id);
    visit(r);
  }
}

}  // namespace

StixSource::Tables::Tables(sqlite3* db) : db(db) {
  keep_document_times(db);
  key_incidents(db);
}

StixSource::Tables::~Tables() {
  sqlite3_exec(db,
               "DROP TABLE IF EXISTS temp.document_times; DROP TABLE IF EXISTS temp.incident_keys",
               nullptr, nullptr, nullptr);
}

StixSource::StixSource(Store& store)
    : store_(store),
      tables_(store.handle()),
      entity_(store.handle(), "SELECT type, name, subtype, lex_key FROM entities WHERE id = ?"),
      document_(store.handle(), "SELECT hash FROM documents WHERE id = ?"),
      incident_(store.handle(), "SELECT key FROM incident_keys WHERE event = ?"),
      times_(store.handle(),
             "SELECT min(d.ingested_at), max(d.ingested_at) FROM doc_events e "
             "JOIN document_times d ON d.id = e.document WHERE e.event = ?") {}

void StixSource::for_each_report(const std::function<void(const StixReport&)>& visit) {
  sqlite3* db = store_.handle();
  // The store indexes doc_events by event, not by document: the pairs go to an indexed
  // temporary table once instead of a scan per report.
  exec(db,
       "DROP TABLE IF EXISTS temp.report_incidents;"
       "CREATE TEMP TABLE report_incidents(document INTEGER, event INTEGER,"
       " PRIMARY KEY (document, event)) WITHOUT ROWID;"
       "INSERT OR IGNORE INTO report_incidents SELECT document, event FROM doc_events "
       "WHERE event IN (SELECT id FROM scope_events);");
  visit_reports(db, visit);
  exec(db, "DROP TABLE temp.report_incidents");
}

void StixSource::for_each_entity(const std::function<void(const StixEntity&)>& visit) {
  Statement q(store_.handle(),
              "SELECT e.id, e.type, e.name, e.lex_key, e.subtype, e.country, e.lat, e.lon, "
              "min(d.ingested_at), max(d.ingested_at), count(DISTINCT x.document), "
              "(SELECT count(*) FROM mentions m JOIN doc_entities y ON y.id = m.doc_entity "
              " WHERE y.entity = e.id) "
              "FROM entities e JOIN doc_entities x ON x.entity = e.id "
              "JOIN document_times d ON d.id = x.document "
              "WHERE e.id IN (SELECT id FROM scope_entities) GROUP BY e.id ORDER BY e.id");
  AliasLookup aliases(store_);
  while (q.step()) {
    StixEntity e;
    e.id = q.column_int(0);
    e.type = q.column_text(1);
    e.name = q.column_text(2);
    e.lex_key = q.column_text(3);
    e.subtype = q.column_text(4);
    e.country = q.column_text(5);
    if (!q.column_is_null(6)) e.coordinates = {q.column_double(6), q.column_double(7)};
    e.first_ingested = q.column_text(8);
    e.last_ingested = q.column_text(9);
    e.documents = q.column_int(10);
    e.mentions = q.column_int(11);
    e.aliases = aliases.other_names(e.id, e.name);
    visit(e);
  }
}

std::optional<EntityIdentity> StixSource::entity_identity(std::int64_t id) {
  entity_.bind(1, id);
  if (!entity_.step()) return std::nullopt;
  EntityIdentity e{entity_.column_text(0), entity_.column_text(1), entity_.column_text(2),
                   entity_.column_text(3)};
  entity_.reset();
  return e;
}

std::optional<std::string> StixSource::document_hash(std::int64_t id) {
  document_.bind(1, id);
  if (!document_.step()) return std::nullopt;
  std::string hash = document_.column_text(0);
  document_.reset();
  return hash;
}

std::optional<std::string> StixSource::incident_key(std::int64_t event) {
  incident_.bind(1, event);
  if (!incident_.step()) return std::nullopt;
  std::string key = incident_.column_text(0);
  incident_.reset();
  return key;
}

IngestTimes StixSource::incident_times(std::int64_t event) {
  times_.bind(1, event);
  times_.step();
  IngestTimes t{times_.column_text(0), times_.column_text(1)};
  times_.reset();
  return t;
}

}  // namespace dossier
