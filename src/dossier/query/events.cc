#include "dossier/query/events.h"

#include "dossier/query/read_rows.h"
#include "dossier/store/document_pages.h"

namespace dossier {
namespace {

// The names of the entities in one role ("perpetrators" or "targets") of an incident.
std::vector<std::string> role_names(Store& store, std::int64_t event, std::string_view table) {
  return read_rows(
      store,
      "SELECT DISTINCT e.name FROM doc_events d JOIN " + std::string(table) +
          " p ON p.doc_event = d.id JOIN doc_entities x ON x.id = p.doc_entity "
          "JOIN entities e ON e.id = x.entity WHERE d.event = ?",
      [](const Statement& q) { return q.column_text(0); }, event);
}

std::vector<EventReport> event_reports(Store& store, std::int64_t event) {
  return read_rows(
      store, "SELECT DISTINCT document, rule FROM doc_events WHERE event = ? ORDER BY document",
      [](const Statement& q) {
        return EventReport{q.column_int(0), q.column_text(1)};
      },
      event);
}

// The slice of `all` that `page` selects.
template <typename T>
std::vector<T> slice(std::vector<T> all, Page page) {
  auto offset = static_cast<std::size_t>(std::max<std::int64_t>(page.offset, 0));
  if (offset >= all.size()) return {};
  all.erase(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(offset));
  if (page.limit >= 0 && static_cast<std::size_t>(page.limit) < all.size())
    all.resize(static_cast<std::size_t>(page.limit));
  return all;
}

}  // namespace

namespace {

// The incidents matching ?1 from, ?2 to, ?3 type and ?4 place, with their location's
// coordinates, in date order (undated last), paged by ?5 limit and ?6 offset; `placed`
// keeps only those whose location has coordinates.
Statement filtered_events(Store& store, const EventFilter& f, Page page, bool placed) {
  Statement q(store.handle(),
              std::string("SELECT v.id, v.date, v.type, v.name, COALESCE(l.name, ''), "
                          "(SELECT count(DISTINCT document) FROM doc_events WHERE event = v.id), "
                          "l.lat, l.lon "
                          "FROM events v LEFT JOIN entities l ON l.id = v.location "
                          "WHERE (?1 = '' OR (v.date <> '' AND substr(v.date || '-99-99', 1, 10) "
                          ">= ?1)) "
                          "AND (?2 = '' OR (v.date <> '' AND v.date <= ?2)) "
                          "AND (?3 = '' OR v.type = ?3) "
                          "AND (?4 = '' OR lower(COALESCE(l.name, '')) LIKE '%' || lower(?4) || "
                          "'%' OR lower(v.name) LIKE '%' || lower(?4) || '%') ") +
                  (placed ? "AND l.lat IS NOT NULL AND l.lon IS NOT NULL " : "") +
                  "ORDER BY v.date = '', v.date, v.id LIMIT ?5 OFFSET ?6");
  q.bind_all(f.from, f.to, f.type, f.place, page.limit, page.offset);
  return q;
}

EventListing event_listing(Statement& q) {
  return {q.column_int(0),  q.column_text(1), q.column_text(2),
          q.column_text(3), q.column_text(4), q.column_int(5)};
}

}  // namespace

std::vector<EventListing> list_events(Store& store, const EventFilter& f, Page page) {
  Statement q = filtered_events(store, f, page, false);
  std::vector<EventListing> out;
  while (q.step()) out.push_back(event_listing(q));
  return out;
}

std::vector<PlacedEvent> list_placed_events(Store& store, const EventFilter& f, Page page) {
  Statement q = filtered_events(store, f, page, true);
  std::vector<PlacedEvent> out;
  while (q.step()) out.push_back({event_listing(q), q.column_double(6), q.column_double(7)});
  return out;
}

std::optional<EventDetail> event_detail(Store& store, std::int64_t id, EstimatePolicy policy) {
  Statement q(store.handle(),
              "SELECT v.id, v.date, v.type, v.name, COALESCE(l.name, ''), "
              "(SELECT count(DISTINCT document) FROM doc_events WHERE event = v.id) "
              "FROM events v LEFT JOIN entities l ON l.id = v.location WHERE v.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  EventDetail d;
  d.event = {q.column_int(0),  q.column_text(1), q.column_text(2),
             q.column_text(3), q.column_text(4), q.column_int(5)};
  q.reset();
  d.perpetrators = role_names(store, id, "doc_event_perpetrators");
  d.targets = role_names(store, id, "doc_event_targets");
  d.reports = event_reports(store, id);
  d.figures = analyze_figures(store, policy, id);
  return d;
}

std::vector<ReportEvidence> event_evidence(Store& store, std::int64_t id) {
  Statement reports(store.handle(),
                    "SELECT e.id, e.document, e.name, e.type, e.date, e.date_rule, "
                    "CASE WHEN e.date_start IS NULL THEN '' ELSE CAST(substr(CAST(d.text AS BLOB), "
                    "e.date_start + 1, e.date_end - e.date_start) AS TEXT) END, e.place_rule, "
                    "e.rule, d.published, "
                    "coalesce(json_extract(d.metadata, '$.published_from'), '') "
                    "FROM doc_events e JOIN documents d ON d.id = e.document "
                    "WHERE e.event = ? ORDER BY e.document, e.id");
  Statement figures(
      store.handle(),
      "SELECT f.measure, f.low, f.high, CAST(substr(CAST(d.text AS BLOB), "
      "f.start + 1, f.end - f.start) AS TEXT), f.rule, " +
          page_at_sql("d.id", "f.start") +
          " FROM figures f "
          "JOIN doc_events e ON e.id = f.doc_event JOIN documents d ON d.id = e.document "
          "WHERE f.doc_event = ? ORDER BY f.start");
  reports.bind(1, id);
  std::vector<ReportEvidence> out;
  while (reports.step()) {
    ReportEvidence r;
    r.document = reports.column_int(1);
    r.name = reports.column_text(2);
    r.type = reports.column_text(3);
    r.date = reports.column_text(4);
    r.date_rule = reports.column_text(5);
    r.date_text = reports.column_text(6);
    r.place_rule = reports.column_text(7);
    r.join_rule = reports.column_text(8);
    r.published = reports.column_text(9);
    r.published_from = reports.column_text(10);
    figures.bind(1, reports.column_int(0));
    while (figures.step())
      r.figures.push_back({figures.column_text(0), figures.column_text(3), figures.column_text(4),
                           figures.column_int(1), figures.column_int(2),
                           figures.column_is_null(5) ? 0 : figures.column_int(5)});
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ConflictEntry> list_conflicts(Store& store, EstimatePolicy policy, Page page) {
  Statement name(store.handle(), "SELECT name, date FROM events WHERE id = ?");
  std::vector<ConflictEntry> out;
  for (MeasureReport& r : analyze_figures(store, policy)) {
    if (!r.conflict) continue;
    name.bind(1, r.event);
    name.step();
    out.push_back({r.event, name.column_text(0), name.column_text(1), std::move(r)});
    name.reset();
  }
  return slice(std::move(out), page);
}

std::vector<TimelineEntry> timeline(Store& store, const EventFilter& filter, EstimatePolicy policy,
                                    Page page) {
  std::vector<MeasureReport> reports = analyze_figures(store, policy);
  std::vector<TimelineEntry> out;
  for (EventListing& e : list_events(store, filter, page)) {
    TimelineEntry t{std::move(e), {}};
    for (const MeasureReport& r : reports)
      if (r.event == t.event.id) t.estimates.push_back(r);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace dossier
