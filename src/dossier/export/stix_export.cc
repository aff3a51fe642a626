#include "dossier/export/stix_export.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "dossier/export/uuid5.h"
#include "dossier/query/scope_incidents.h"
#include "dossier/store/statement.h"

namespace dossier {
namespace {

using nlohmann::ordered_json;

// uuid5(NAMESPACE_URL, "urn:dossier:stix"): the namespace of every dossier STIX id.
const Uuid kNamespace = *parse_uuid("7a4f0fd4-bdeb-5114-8bb5-5d652896da91");
// When the dossier identity and extension definition were first written.
constexpr const char* kDefined = "2026-12-02T00:00:00.000Z";

std::string stix_id(const std::string& type, const std::string& key) {
  return type + "--" + uuid5(kNamespace, type + ":" + key);
}

const std::string& dossier_identity() {
  static const std::string id = stix_id("identity", "dossier");
  return id;
}

// "YYYY-MM-DDTHH:MM:SSZ" (ingested_at) or "YYYY-MM-DD" as a STIX timestamp in milliseconds.
std::string timestamp(std::string_view t) {
  if (t.size() == 10) return std::string(t) + "T00:00:00.000Z";
  if (t.size() == 20) return std::string(t.substr(0, 19)) + ".000Z";
  return kDefined;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    std::size_t comma = s.find(',');
    out.emplace_back(s.substr(0, comma));
    s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  }
  return out;
}

// The properties every object shares.
ordered_json common(const std::string& type, const std::string& id, const std::string& created,
                    const std::string& modified) {
  return {{"type", type},       {"spec_version", "2.1"}, {"id", id},
          {"created", created}, {"modified", modified},  {"created_by_ref", dossier_identity()}};
}

ordered_json extension(ordered_json properties) {
  ordered_json ext = {{"extension_type", "property-extension"}};
  ext.update(properties);
  return {{stix_extension_id(), ext}};
}

// Which STIX object stands for a dossier entity.
std::string entity_sdo(std::string_view type, std::string_view subtype) {
  if (type == "location") return "location";
  if (type == "organization" && subtype == "armed_group") return "intrusion-set";
  return "identity";
}

std::string entity_key(std::string_view type, std::string_view name, std::string_view lex_key) {
  return lex_key.empty() ? std::string(type) + ":" + std::string(name)
                         : "lexicon:" + std::string(lex_key);
}

class Writer {
 public:
  Writer(sqlite3* db, std::ostream& out) : db_(db), out_(out) {}

  void put(const ordered_json& object) {
    out_ << (first_ ? "\n" : ",\n")
         << object.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    first_ = false;
  }

  // The STIX id of entity `e` (a row of entities: id, type, name, lex_key, subtype).
  std::string entity_id(std::int64_t e) {
    entity_.bind(1, e);
    std::string id;
    if (entity_.step())
      id = stix_id(
          entity_sdo(entity_.column_view(0), entity_.column_view(2)),
          entity_key(entity_.column_view(0), entity_.column_view(1), entity_.column_view(3)));
    entity_.reset();
    return id;
  }

  std::string report_id(std::int64_t document) {
    report_.bind(1, document);
    std::string id = report_.step() ? stix_id("report", report_.column_text(0)) : "";
    report_.reset();
    return id;
  }

  // The STIX id of incident `v` (from temp.incident_ids, see key_incidents).
  std::string incident_id(std::int64_t v) {
    incident_.bind(1, v);
    std::string id = incident_.step() ? incident_.column_text(0) : "";
    incident_.reset();
    return id;
  }

  sqlite3* db() const { return db_; }

 private:
  sqlite3* db_;
  std::ostream& out_;
  bool first_ = true;
  Statement entity_{db_, "SELECT type, name, subtype, lex_key FROM entities WHERE id = ?"};
  Statement report_{db_, "SELECT hash FROM documents WHERE id = ?"};
  Statement incident_{db_, "SELECT stix FROM incident_ids WHERE event = ?"};
};

// Fills temp.incident_ids(event, stix): each incident in scope keyed by the first document
// reporting it (its SHA-256) and where that document first mentions it. Done once, as
// reports name incidents many times and one incident may have thousands of reports.
void key_incidents(sqlite3* db) {
  exec(db,
       "DROP TABLE IF EXISTS temp.incident_ids;"
       "CREATE TEMP TABLE incident_ids(event INTEGER PRIMARY KEY, stix TEXT NOT NULL)");
  // Documents are stored, and their incidents written, in order: the lowest doc_event id
  // of an incident is in its first document.
  Statement first(db,
                  "SELECT e.event, d.hash || ':' || e.type || ':' || e.name || ':' || "
                  "COALESCE((SELECT min(start) FROM event_mentions WHERE doc_event = e.id), '') "
                  "FROM doc_events e JOIN documents d ON d.id = e.document WHERE e.id IN "
                  "(SELECT min(id) FROM doc_events WHERE event IN (SELECT id FROM scope_events) "
                  "GROUP BY event)");
  Statement insert(db, "INSERT INTO incident_ids(event, stix) VALUES (?, ?)");
  while (first.step())
    insert.bind_all(first.column_int(0), stix_id("incident", first.column_text(1))).run();
}

void write_preamble(Writer& w) {
  ordered_json identity = common("identity", dossier_identity(), kDefined, kDefined);
  identity["name"] = "dossier";
  identity["description"] =
      "Knowledge base of reports on political violence, extracted by dossier; every entity, "
      "incident and figure points to the report and sentence it was read from.";
  identity["identity_class"] = "system";
  w.put(identity);
  ordered_json def = common("extension-definition", stix_extension_id(), kDefined, kDefined);
  def["name"] = "dossier";
  def["description"] =
      "What dossier knows of an entity or incident beyond core STIX: its dossier id and type; "
      "for entities the subtype, aliases and how many documents and mentions name them; for "
      "incidents the date and its precision, the country, every casualty figure a report gave "
      "(measure, low, high, qualifier, the evidence phrase and its sentence, the report, "
      "attribution and hedges) and the best estimate of each measure under a stated policy.";
  def["schema"] =
      "Property extension. Common: dossier_id (string, e<N> or v<N>), dossier_type (string). "
      "Entities: subtype (string), aliases (array of strings), documents, mentions (integers). "
      "Incidents: date (YYYY[-MM[-DD]]), date_precision (day|month|year), country (ISO 3166-1 "
      "alpha-2), estimate_policy (conservative|latest), figures (array of {measure, low, high, "
      "qualifier (exact|about|at_least|at_most|range), text, sentence, report_ref, published, "
      "attributed_to, hedges}), estimates (array of {measure, best_low, best_high, "
      "reported_low, reported_high, corroborating_reports, conflict}).";
  def["version"] = "1.0.0";
  def["extension_types"] = {"property-extension"};
  w.put(def);
}

void write_reports(Writer& w) {
  sqlite3* db = w.db();
  Statement docs(db,
                 "SELECT id, hash, source, external_id, url, title, published, language, "
                 "ingested_at FROM documents WHERE id IN (SELECT id FROM scope_documents) "
                 "ORDER BY id");
  Statement entities(db,
                     "SELECT DISTINCT entity FROM doc_entities WHERE document = ? AND entity IN "
                     "(SELECT id FROM scope_entities) ORDER BY entity");
  // The store indexes doc_events by event, not by document: the pairs go to an indexed
  // temporary table once instead of a scan per report.
  exec(db,
       "DROP TABLE IF EXISTS temp.report_incidents;"
       "CREATE TEMP TABLE report_incidents(document INTEGER, event INTEGER,"
       " PRIMARY KEY (document, event)) WITHOUT ROWID;"
       "INSERT OR IGNORE INTO report_incidents SELECT document, event FROM doc_events "
       "WHERE event IN (SELECT id FROM scope_events);");
  Statement incidents(db, "SELECT event FROM report_incidents WHERE document = ? ORDER BY event");
  while (docs.step()) {
    std::int64_t d = docs.column_int(0);
    std::string created = timestamp(docs.column_view(8));
    ordered_json r = common("report", stix_id("report", docs.column_text(1)), created, created);
    r["name"] = docs.column_view(5).empty() ? docs.column_text(2) : docs.column_text(5);
    r["report_types"] = {"threat-report"};
    r["published"] =
        timestamp(docs.column_view(6).empty() ? docs.column_view(8) : docs.column_view(6));
    if (!docs.column_view(7).empty() && docs.column_view(7) != "und")
      r["lang"] = docs.column_text(7);
    ordered_json refs = ordered_json::array();
    entities.bind(1, d);
    while (entities.step()) refs.push_back(w.entity_id(entities.column_int(0)));
    incidents.bind(1, d);
    while (incidents.step()) refs.push_back(w.incident_id(incidents.column_int(0)));
    if (refs.empty()) refs.push_back(dossier_identity());
    r["object_refs"] = refs;
    ordered_json ref = {{"source_name", "dossier"}, {"description", docs.column_text(2)}};
    if (!docs.column_view(4).empty()) ref["url"] = docs.column_text(4);
    if (!docs.column_view(3).empty()) ref["external_id"] = docs.column_text(3);
    ref["hashes"] = {{"SHA-256", docs.column_text(1)}};
    // json::array: "= {ref}" is a copy of ref under clang, an array under gcc.
    r["external_references"] = ordered_json::array({ref});
    w.put(r);
  }
  incidents = Statement(db, "SELECT 1");  // finalized, so the table can go
  exec(db, "DROP TABLE temp.report_incidents");
}

void write_entities(Writer& w) {
  sqlite3* db = w.db();
  Statement ents(db,
                 "SELECT e.id, e.type, e.name, e.lex_key, e.subtype, e.country, e.lat, e.lon, "
                 "min(d.ingested_at), max(d.ingested_at), count(DISTINCT x.document), "
                 "(SELECT count(*) FROM mentions m JOIN doc_entities y ON y.id = m.doc_entity "
                 " WHERE y.entity = e.id) "
                 "FROM entities e JOIN doc_entities x ON x.entity = e.id "
                 "JOIN document_times d ON d.id = x.document "
                 "WHERE e.id IN (SELECT id FROM scope_entities) GROUP BY e.id ORDER BY e.id");
  Statement aliases(db,
                    "SELECT DISTINCT n.alias FROM doc_entity_names n JOIN doc_entities d "
                    "ON d.id = n.doc_entity WHERE d.entity = ? ORDER BY n.alias");
  while (ents.step()) {
    std::string type = ents.column_text(1), name = ents.column_text(2);
    std::string subtype = ents.column_text(4), country = ents.column_text(5);
    std::string sdo = entity_sdo(type, subtype);
    ordered_json o = common(sdo, stix_id(sdo, entity_key(type, name, ents.column_view(3))),
                            timestamp(ents.column_view(8)), timestamp(ents.column_view(9)));
    o["name"] = name;
    std::vector<std::string> alias_list;
    aliases.bind(1, ents.column_int(0));
    while (aliases.step())
      if (aliases.column_view(0) != name) alias_list.push_back(aliases.column_text(0));
    if (sdo == "identity") {
      o["identity_class"] = type == "person"  ? "individual"
                            : type == "group" ? "class"
                                              : "organization";
    } else if (sdo == "intrusion-set") {
      if (!alias_list.empty()) o["aliases"] = alias_list;
    } else {
      if (!country.empty()) o["country"] = country;
      if (!ents.column_is_null(6)) {
        o["latitude"] = ents.column_double(6);
        o["longitude"] = ents.column_double(7);
      }
      if (country.empty() && ents.column_is_null(6)) o["region"] = name;
    }
    ordered_json ext = {{"dossier_id", "e" + std::to_string(ents.column_int(0))},
                        {"dossier_type", type}};
    if (!subtype.empty()) ext["subtype"] = subtype;
    if (!alias_list.empty()) ext["aliases"] = alias_list;
    ext["documents"] = ents.column_int(10);
    ext["mentions"] = ents.column_int(11);
    o["extensions"] = extension(ext);
    w.put(o);
  }
}

void write_incidents(Writer& w, Store& store, EstimatePolicy policy) {
  sqlite3* db = w.db();
  Statement times(db,
                  "SELECT min(d.ingested_at), max(d.ingested_at) FROM doc_events e "
                  "JOIN document_times d ON d.id = e.document WHERE e.event = ?");
  for_each_scope_incident(store, policy, [&](const IncidentRow& row) {
    times.bind(1, row.id);
    times.step();
    std::string created = timestamp(times.column_view(0)),
                modified = timestamp(times.column_view(1));
    times.reset();
    std::string id = w.incident_id(row.id);
    ordered_json o = common("incident", id, created, modified);
    o["name"] = row.name;
    std::string description = row.type;
    if (!row.date.empty()) description += " on " + row.date;
    if (row.place) description += " at " + row.place->name;
    o["description"] = description;
    ordered_json ext = {{"dossier_id", "v" + std::to_string(row.id)}, {"dossier_type", row.type}};
    if (!row.date.empty()) {
      ext["date"] = row.date;
      ext["date_precision"] = row.precision;
    }
    if (!row.country.empty()) ext["country"] = row.country;
    ext["estimate_policy"] = policy == EstimatePolicy::kLatest ? "latest" : "conservative";
    ordered_json figures = ordered_json::array(), estimates = ordered_json::array();
    for (const MeasureReport& r : row.estimates) {
      for (const FigureClaim& c : r.claims) {
        ordered_json f = {{"measure", r.measure},
                          {"low", c.low},
                          {"high", c.high},
                          {"qualifier", c.qualifier},
                          {"text", c.text},
                          {"sentence", c.sentence},
                          {"report_ref", w.report_id(c.document)}};
        if (!c.published.empty()) f["published"] = c.published;
        if (!c.attributed_to.empty()) f["attributed_to"] = c.attributed_to;
        if (!c.hedges.empty()) f["hedges"] = split_list(c.hedges);
        figures.push_back(f);
      }
      estimates.push_back({{"measure", r.measure},
                           {"best_low", r.best_low},
                           {"best_high", r.best_high},
                           {"reported_low", r.range_low},
                           {"reported_high", r.range_high},
                           {"corroborating_reports", r.corroboration},
                           {"conflict", r.conflict}});
    }
    if (!figures.empty()) {  // STIX custom properties hold no empty lists
      ext["figures"] = figures;
      ext["estimates"] = estimates;
    }
    o["extensions"] = extension(ext);
    w.put(o);
    auto relate = [&](const char* type, const std::string& target) {
      if (target.empty()) return;
      ordered_json r =
          common("relationship", stix_id("relationship", id + ":" + type + ":" + target), created,
                 modified);
      r["relationship_type"] = type;
      r["source_ref"] = id;
      r["target_ref"] = target;
      w.put(r);
    };
    for (const NamedEntity& p : row.perpetrators) relate("attributed-to", w.entity_id(p.id));
    for (const NamedEntity& t : row.targets) relate("targets", w.entity_id(t.id));
    if (row.place) relate("located-at", w.entity_id(row.place->id));
  });
}

}  // namespace

std::string stix_extension_id() {
  static const std::string id = stix_id("extension-definition", "dossier");
  return id;
}

void write_stix_export(Store& store, EstimatePolicy policy, std::ostream& out) {
  sqlite3* db = store.handle();
  std::string bundle_key;
  {
    Statement hashes(db,
                     "SELECT count(*), COALESCE(max(id), 0) FROM scope_events UNION ALL "
                     "SELECT count(*), COALESCE(max(id), 0) FROM scope_entities UNION ALL "
                     "SELECT count(*), COALESCE(max(id), 0) FROM scope_documents");
    while (hashes.step())
      bundle_key +=
          std::to_string(hashes.column_int(0)) + ":" + std::to_string(hashes.column_int(1)) + ";";
  }
  out << "{\"type\": \"bundle\", \"id\": \"" << stix_id("bundle", bundle_key)
      << "\", \"objects\": [";
  // When each document was ingested, apart from its text: reading the column from
  // documents would walk each text's overflow pages again for every entity and incident.
  exec(db,
       "DROP TABLE IF EXISTS temp.document_times;"
       "CREATE TEMP TABLE document_times(id INTEGER PRIMARY KEY, ingested_at TEXT NOT NULL);"
       "INSERT INTO document_times SELECT id, ingested_at FROM documents "
       "WHERE id IN (SELECT id FROM scope_documents);");
  key_incidents(db);
  {
    Writer w(db, out);
    write_preamble(w);
    write_reports(w);
    write_entities(w);
    write_incidents(w, store, policy);
  }
  out << "\n]}\n";
  exec(db, "DROP TABLE temp.document_times; DROP TABLE temp.incident_ids");
}

}  // namespace dossier
