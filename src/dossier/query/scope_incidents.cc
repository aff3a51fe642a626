#include "dossier/query/scope_incidents.h"

namespace dossier {
namespace {

// The entities joined to an incident through one of its document-level link tables.
std::string linked_entities(const char* table) {
  return std::string("SELECT DISTINCT e.id, e.name, e.type FROM doc_events d JOIN ") + table +
         " l ON l.doc_event = d.id JOIN doc_entities x ON x.id = l.doc_entity "
         "JOIN entities e ON e.id = x.entity WHERE d.event = ? ORDER BY e.id";
}

// The prepared lookups one incident row needs.
struct IncidentParts {
  explicit IncidentParts(sqlite3* db)
      : perpetrators(db, linked_entities("doc_event_perpetrators")),
        targets(db, linked_entities("doc_event_targets")),
        documents(db,
                  "SELECT DISTINCT d.id, CASE WHEN d.url <> '' THEN d.url ELSE d.source END "
                  "FROM doc_events e JOIN documents d ON d.id = e.document "
                  "WHERE e.event = ? ORDER BY d.id") {}

  static std::vector<NamedEntity> entities(Statement& q, std::int64_t event) {
    std::vector<NamedEntity> out;
    q.bind(1, event);
    while (q.step()) out.push_back({q.column_int(0), q.column_text(1), q.column_text(2)});
    return out;
  }

  void fill(IncidentRow& row) {
    row.perpetrators = entities(perpetrators, row.id);
    row.targets = entities(targets, row.id);
    documents.bind(1, row.id);
    while (documents.step()) {
      row.documents.push_back(documents.column_int(0));
      row.sources.push_back(documents.column_text(1));
    }
  }

  Statement perpetrators, targets, documents;
};

}  // namespace

std::string date_precision(const std::string& date) {
  switch (date.size()) {
    case 10:
      return "day";
    case 7:
      return "month";
    case 4:
      return "year";
    default:
      return "";
  }
}

void for_each_scope_incident(Store& store, EstimatePolicy policy,
                             const std::function<void(const IncidentRow&)>& visit) {
  Statement q(store.handle(),
              "SELECT v.id, v.type, v.name, v.date, "
              "COALESCE(NULLIF(v.country, ''), l.country, ''), l.id, l.name, l.type, l.lat, l.lon "
              "FROM events v LEFT JOIN entities l ON l.id = v.location "
              "WHERE v.id IN (SELECT id FROM scope_events) ORDER BY v.id");
  IncidentParts parts(store.handle());
  while (q.step()) {
    IncidentRow row;
    row.id = q.column_int(0);
    row.type = q.column_text(1);
    row.name = q.column_text(2);
    row.date = q.column_text(3);
    row.precision = date_precision(row.date);
    row.country = q.column_text(4);
    if (!q.column_is_null(5))
      row.place = NamedEntity{q.column_int(5), q.column_text(6), q.column_text(7)};
    if (!q.column_is_null(8)) {
      row.latitude = q.column_double(8);
      row.longitude = q.column_double(9);
    }
    parts.fill(row);
    row.estimates = analyze_figures(store, policy, row.id);
    visit(row);
  }
}

}  // namespace dossier
