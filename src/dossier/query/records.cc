#include "dossier/query/records.h"

#include "dossier/query/alias_lookup.h"
#include "dossier/store/document_pages.h"
#include "dossier/store/figure_claims.h"

namespace dossier {
namespace {

// The span in columns first.. first + 4 of `q`: document, start, end, text, page (or NULL).
TextSpan span(const Statement& q, int first) {
  return {q.column_int(first), q.column_int(first + 1), q.column_int(first + 2),
          q.column_text(first + 3), q.column_is_null(first + 4) ? 0 : q.column_int(first + 4)};
}

// The prepared lookups one entity record needs.
struct EntityParts {
  explicit EntityParts(Store& store)
      : aliases(store),
        mentions(store.handle(),
                 "SELECT m.document, m.start, m.end, m.text, " +
                     page_at_sql("m.document", "m.start") +
                     " FROM mentions m JOIN doc_entities d "
                     "ON d.id = m.doc_entity WHERE d.entity = ? ORDER BY m.document, m.start") {}

  void fill(EntityRecord& e) {
    e.aliases = aliases.other_names(e.id, e.name);
    mentions.bind(1, e.id);
    while (mentions.step()) e.mentions.push_back(span(mentions, 0));
  }

  AliasLookup aliases;
  Statement mentions;
};

// The prepared lookups one event record needs.
struct EventParts {
  explicit EventParts(sqlite3* db)
      : perpetrators(db, role_sql("doc_event_perpetrators")),
        targets(db, role_sql("doc_event_targets")),
        mentions(db,
                 "SELECT e.document, m.start, m.end, "
                 "CAST(substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start) AS TEXT), " +
                     page_at_sql("e.document", "m.start") +
                     " FROM event_mentions m JOIN doc_events e ON e.id = m.doc_event "
                     "JOIN documents d ON d.id = e.document WHERE e.event = ? "
                     "ORDER BY e.document, m.start"),
        figures(db,
                "SELECT f.measure, f.low, f.high, f.qualifier, e.document, f.start, f.end, "
                "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), " +
                    page_at_sql("e.document", "f.start") +
                    ", f.attributed_to, f.hedges FROM figures f JOIN doc_events e "
                    "ON e.id = f.doc_event JOIN documents d ON d.id = e.document "
                    "WHERE e.event = ? ORDER BY e.document, f.start") {}

  static std::string role_sql(std::string_view table) {
    return "SELECT DISTINCT de.entity FROM doc_events e JOIN " + std::string(table) +
           " p ON p.doc_event = e.id JOIN doc_entities de ON de.id = p.doc_entity "
           "WHERE e.event = ? AND de.entity IS NOT NULL ORDER BY de.entity";
  }

  static std::vector<std::int64_t> ids(Statement& q, std::int64_t event) {
    std::vector<std::int64_t> out;
    q.bind(1, event);
    while (q.step()) out.push_back(q.column_int(0));
    return out;
  }

  void fill(EventRecord& v) {
    v.perpetrators = ids(perpetrators, v.id);
    v.targets = ids(targets, v.id);
    mentions.bind(1, v.id);
    while (mentions.step()) v.mentions.push_back(span(mentions, 0));
    figures.bind(1, v.id);
    while (figures.step())
      v.figures.push_back({figures.column_text(0), figures.column_int(1), figures.column_int(2),
                           figures.column_text(3), span(figures, 4), figures.column_text(9),
                           split_hedges(figures.column_view(10))});
  }

  Statement perpetrators, targets, mentions, figures;
};

}  // namespace

void for_each_document_record(Store& store,
                              const std::function<void(const DocumentRecord&)>& visit) {
  Statement q(store.handle(),
              "SELECT id, source, external_id, title, published, language, url FROM documents "
              "ORDER BY id");
  while (q.step())
    visit({q.column_int(0), q.column_text(1), q.column_text(2), q.column_text(3), q.column_text(4),
           q.column_text(5), q.column_text(6)});
}

void for_each_entity_record(Store& store, const std::function<void(const EntityRecord&)>& visit) {
  Statement q(
      store.handle(),
      "SELECT id, type, name, subtype, country, lat, lon, region FROM entities ORDER BY id");
  EntityParts parts(store);
  while (q.step()) {
    EntityRecord e;
    e.id = q.column_int(0);
    e.type = q.column_text(1);
    e.name = q.column_text(2);
    e.subtype = q.column_text(3);
    e.country = q.column_text(4);
    if (!q.column_is_null(5)) e.coordinates = {q.column_double(5), q.column_double(6)};
    e.region = q.column_text(7);
    parts.fill(e);
    visit(e);
  }
}

void for_each_event_record(Store& store, const std::function<void(const EventRecord&)>& visit) {
  Statement q(store.handle(), "SELECT id, type, name, date, location FROM events ORDER BY id");
  EventParts parts(store.handle());
  while (q.step()) {
    EventRecord v;
    v.id = q.column_int(0);
    v.type = q.column_text(1);
    v.name = q.column_text(2);
    v.date = q.column_text(3);
    if (!q.column_is_null(4)) v.location = q.column_int(4);
    parts.fill(v);
    visit(v);
  }
}

}  // namespace dossier
