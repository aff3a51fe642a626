#include "dossier/export/csv_export.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "dossier/export/incident_record.h"
#include "dossier/query/scope_incidents.h"
#include "dossier/store/statement.h"

namespace dossier {
namespace {

using nlohmann::ordered_json;

void write_field(std::ostream& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

// A record value as a field: strings as they are, arrays joined with "; ", null empty.
std::string field_text(const ordered_json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      if (!out.empty()) out += "; ";
      out += field_text(item);
    }
    return out;
  }
  return v.dump();
}

void write_row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out << ',';
    write_field(out, f);
    first = false;
  }
  out << "\r\n";
}

std::string number(std::int64_t n) { return std::to_string(n); }

// "d12", "e3", "v1": dossier's ids. (Appending, not `"d" + number(n)`, which GCC 12 at -O3
// warns about wrongly, -Wrestrict.)
std::string id(char prefix, std::int64_t n) {
  std::string out(1, prefix);
  out += std::to_string(n);
  return out;
}

// A nullable REAL column as a field, in the shortest form that reads back exactly.
std::string real(const Statement& q, int column) {
  return q.column_is_null(column) ? "" : ordered_json(q.column_double(column)).dump();
}

void write_incidents(Store& store, EstimatePolicy policy, std::ostream& out) {
  bool first = true;
  const ordered_json header = incident_record(IncidentRow());
  for (const auto& [key, value] : header.items()) {
    if (!first) out << ',';
    write_field(out, key);
    first = false;
  }
  out << "\r\n";
  for_each_scope_incident(store, policy, [&](const IncidentRow& row) {
    first = true;
    const ordered_json record = incident_record(row);
    for (const auto& [key, value] : record.items()) {
      if (!first) out << ',';
      write_field(out, field_text(value));
      first = false;
    }
    out << "\r\n";
  });
}

void write_figures(sqlite3* db, std::ostream& out) {
  write_row(out, {"incident", "measure", "low", "high", "qualifier", "document", "published",
                  "source", "start", "end", "text", "sentence", "attributed_to", "hedges"});
  Statement q(db,
              "SELECT e.event, f.measure, f.low, f.high, f.qualifier, d.id, d.published, "
              "CASE WHEN d.url <> '' THEN d.url ELSE d.source END, f.start, f.end, "
              "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), "
              "CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, "
              "f.sentence_end - f.sentence_start) AS TEXT), f.attributed_to, "
              "replace(f.hedges, ',', '; ') FROM figures f "
              "JOIN doc_events e ON e.id = f.doc_event JOIN documents d ON d.id = e.document "
              "WHERE e.event IN (SELECT id FROM scope_events) ORDER BY e.event, d.id, f.start");
  while (q.step())
    write_row(
        out, {id('v', q.column_int(0)), q.column_view(1), number(q.column_int(2)),
              number(q.column_int(3)), q.column_view(4), id('d', q.column_int(5)), q.column_view(6),
              q.column_view(7), number(q.column_int(8)), number(q.column_int(9)), q.column_view(10),
              q.column_view(11), q.column_view(12), q.column_view(13)});
}

void write_entities(sqlite3* db, std::ostream& out) {
  write_row(out, {"id", "type", "subtype", "name", "country", "latitude", "longitude", "aliases",
                  "documents", "mentions"});
  Statement q(db,
              "SELECT e.id, e.type, e.subtype, e.name, e.country, e.lat, e.lon, "
              "(SELECT count(DISTINCT x.document) FROM doc_entities x WHERE x.entity = e.id "
              " AND x.document IN (SELECT id FROM scope_documents)), "
              "(SELECT count(*) FROM mentions m JOIN doc_entities x ON x.id = m.doc_entity "
              " WHERE x.entity = e.id AND x.document IN (SELECT id FROM scope_documents)) "
              "FROM entities e WHERE e.id IN (SELECT id FROM scope_entities) ORDER BY e.id");
  Statement aliases(db,
                    "SELECT DISTINCT n.alias FROM doc_entity_names n JOIN doc_entities d "
                    "ON d.id = n.doc_entity WHERE d.entity = ? ORDER BY n.alias");
  while (q.step()) {
    std::string name = q.column_text(3), list;
    aliases.bind(1, q.column_int(0));
    while (aliases.step()) {
      if (aliases.column_view(0) == name) continue;
      if (!list.empty()) list += "; ";
      list += aliases.column_view(0);
    }
    write_row(out,
              {id('e', q.column_int(0)), q.column_view(1), q.column_view(2), name, q.column_view(4),
               real(q, 5), real(q, 6), list, number(q.column_int(7)), number(q.column_int(8))});
  }
}

void write_mentions(sqlite3* db, std::ostream& out) {
  write_row(out, {"entity", "document", "start", "end", "text", "origin"});
  Statement q(db,
              "SELECT x.entity, m.document, m.start, m.end, m.text, m.origin FROM mentions m "
              "JOIN doc_entities x ON x.id = m.doc_entity "
              "WHERE x.entity IN (SELECT id FROM scope_entities) "
              "AND m.document IN (SELECT id FROM scope_documents) "
              "ORDER BY x.entity, m.document, m.start");
  while (q.step())
    write_row(out, {id('e', q.column_int(0)), id('d', q.column_int(1)), number(q.column_int(2)),
                    number(q.column_int(3)), q.column_view(4), q.column_view(5)});
}

}  // namespace

std::optional<CsvTable> parse_csv_table(std::string_view name) {
  if (name == "incidents") return CsvTable::kIncidents;
  if (name == "figures") return CsvTable::kFigures;
  if (name == "entities") return CsvTable::kEntities;
  if (name == "mentions") return CsvTable::kMentions;
  return std::nullopt;
}

void write_csv_export(Store& store, CsvTable table, EstimatePolicy policy, std::ostream& out) {
  sqlite3* db = store.handle();
  switch (table) {
    case CsvTable::kIncidents:
      write_incidents(store, policy, out);
      break;
    case CsvTable::kFigures:
      write_figures(db, out);
      break;
    case CsvTable::kEntities:
      write_entities(db, out);
      break;
    case CsvTable::kMentions:
      write_mentions(db, out);
      break;
  }
}

}  // namespace dossier
