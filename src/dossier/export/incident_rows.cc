#include "dossier/export/incident_rows.h"

namespace dossier {
namespace {

std::vector<NamedEntity> entities(Statement& q, std::int64_t event) {
  std::vector<NamedEntity> out;
  q.bind(1, event);
  while (q.step()) out.push_back({q.column_int(0), q.column_text(1), q.column_text(2)});
  return out;
}

// The entities joined to an incident through one of its document-level link tables.
std::string linked_entities(const char* table) {
  return std::string("SELECT DISTINCT e.id, e.name, e.type FROM doc_events d JOIN ") + table +
         " l ON l.doc_event = d.id JOIN doc_entities x ON x.id = l.doc_entity "
         "JOIN entities e ON e.id = x.entity WHERE d.event = ? ORDER BY e.id";
}

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

const MeasureReport* find_estimate(const std::vector<MeasureReport>& estimates,
                                   const std::string& measure) {
  for (const MeasureReport& r : estimates)
    if (r.measure == measure) return &r;
  return nullptr;
}

IncidentReader::IncidentReader(Store& store, EstimatePolicy policy)
    : store_(store),
      policy_(policy),
      events_(
          store.handle(),
          "SELECT v.id, v.type, v.name, v.date, COALESCE(NULLIF(v.country, ''), l.country, ''), "
          "l.id, l.name, l.type, l.lat, l.lon FROM events v "
          "LEFT JOIN entities l ON l.id = v.location "
          "WHERE v.id IN (SELECT id FROM scope_events) ORDER BY v.id"),
      perpetrators_(store.handle(), linked_entities("doc_event_perpetrators")),
      targets_(store.handle(), linked_entities("doc_event_targets")),
      documents_(store.handle(),
                 "SELECT DISTINCT d.id, CASE WHEN d.url <> '' THEN d.url ELSE d.source END "
                 "FROM doc_events e JOIN documents d ON d.id = e.document "
                 "WHERE e.event = ? ORDER BY d.id") {}

nlohmann::ordered_json incident_record(const IncidentRow& row) {
  using nlohmann::ordered_json;
  auto or_null = [](const std::string& s) { return s.empty() ? ordered_json() : ordered_json(s); };
  auto names = [](const std::vector<NamedEntity>& list) {
    ordered_json out = ordered_json::array();
    for (const NamedEntity& e : list) out.push_back(e.name);
    return out;
  };
  ordered_json r;
  r["id"] = "v" + std::to_string(row.id);
  r["name"] = row.name;
  r["date"] = or_null(row.date);
  r["date_precision"] = or_null(row.precision);
  r["type"] = row.type;
  r["country"] = or_null(row.country);
  r["place"] = row.place ? ordered_json(row.place->name) : ordered_json();
  r["latitude"] = row.latitude ? ordered_json(*row.latitude) : ordered_json();
  r["longitude"] = row.longitude ? ordered_json(*row.longitude) : ordered_json();
  r["perpetrators"] = names(row.perpetrators);
  r["targets"] = names(row.targets);
  ordered_json conflicts = ordered_json::array();
  for (const char* measure : {"killed", "wounded", "arrested"}) {
    const MeasureReport* e = find_estimate(row.estimates, measure);
    std::string m(measure);
    r[m] = e ? ordered_json(e->best_low) : ordered_json();
    r[m + "_low"] = e ? ordered_json(e->range_low) : ordered_json();
    r[m + "_high"] = e ? ordered_json(e->range_high) : ordered_json();
  }
  for (const MeasureReport& e : row.estimates)
    if (e.conflict) conflicts.push_back(e.measure);
  r["sources"] = row.documents.size();
  r["conflicts"] = conflicts;
  r["source_list"] = row.sources;
  return r;
}

bool IncidentReader::next(IncidentRow* row) {
  if (!events_.step()) return false;
  *row = IncidentRow();
  row->id = events_.column_int(0);
  row->type = events_.column_text(1);
  row->name = events_.column_text(2);
  row->date = events_.column_text(3);
  row->precision = date_precision(row->date);
  row->country = events_.column_text(4);
  if (!events_.column_is_null(5))
    row->place = NamedEntity{events_.column_int(5), events_.column_text(6), events_.column_text(7)};
  if (!events_.column_is_null(8)) {
    row->latitude = events_.column_double(8);
    row->longitude = events_.column_double(9);
  }
  row->perpetrators = entities(perpetrators_, row->id);
  row->targets = entities(targets_, row->id);
  documents_.bind(1, row->id);
  while (documents_.step()) {
    row->documents.push_back(documents_.column_int(0));
    row->sources.push_back(documents_.column_text(1));
  }
  row->estimates = analyze_figures(store_, policy_, row->id);
  return true;
}

}  // namespace dossier
