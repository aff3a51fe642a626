#include "dossier/query/scope_tables.h"

#include "dossier/query/alias_lookup.h"
#include "dossier/store/document_pages.h"

namespace dossier {
namespace {

std::optional<double> real(const Statement& q, int column) {
  if (q.column_is_null(column)) return std::nullopt;
  return q.column_double(column);
}

}  // namespace

void for_each_scope_figure(Store& store, const std::function<void(const ScopeFigure&)>& visit) {
  Statement q(store.handle(),
              "SELECT e.event, f.measure, f.low, f.high, f.qualifier, d.id, d.published, "
              "CASE WHEN d.url <> '' THEN d.url ELSE d.source END, f.start, f.end, "
              "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), "
              "CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, "
              "f.sentence_end - f.sentence_start) AS TEXT), f.attributed_to, f.hedges, " +
                  page_at_sql("d.id", "f.start") +
                  " FROM figures f JOIN doc_events e ON e.id = f.doc_event "
                  "JOIN documents d ON d.id = e.document "
                  "WHERE e.event IN (SELECT id FROM scope_events) ORDER BY e.event, d.id, f.start");
  while (q.step())
    visit({q.column_int(0), q.column_text(1), q.column_int(2), q.column_int(3), q.column_text(4),
           q.column_int(5), q.column_text(6), q.column_text(7), q.column_int(8), q.column_int(9),
           q.column_text(10), q.column_text(11), q.column_text(12), q.column_text(13),
           q.column_is_null(14) ? 0 : q.column_int(14)});
}

void for_each_scope_entity(Store& store, const std::function<void(const ScopeEntity&)>& visit) {
  Statement q(store.handle(),
              "SELECT e.id, e.type, e.subtype, e.name, e.country, e.lat, e.lon, "
              "(SELECT count(DISTINCT x.document) FROM doc_entities x WHERE x.entity = e.id "
              " AND x.document IN (SELECT id FROM scope_documents)), "
              "(SELECT count(*) FROM mentions m JOIN doc_entities x ON x.id = m.doc_entity "
              " WHERE x.entity = e.id AND x.document IN (SELECT id FROM scope_documents)) "
              "FROM entities e WHERE e.id IN (SELECT id FROM scope_entities) ORDER BY e.id");
  AliasLookup aliases(store);
  while (q.step()) {
    ScopeEntity e{q.column_int(0),  q.column_text(1), q.column_text(2), q.column_text(3),
                  q.column_text(4), real(q, 5),       real(q, 6),       {},
                  q.column_int(7),  q.column_int(8)};
    e.aliases = aliases.other_names(e.id, e.name);
    visit(e);
  }
}

void for_each_scope_mention(Store& store, const std::function<void(const ScopeMention&)>& visit) {
  Statement q(store.handle(), "SELECT x.entity, m.document, m.start, m.end, m.text, m.origin, " +
                                  page_at_sql("m.document", "m.start") +
                                  " FROM mentions m "
                                  "JOIN doc_entities x ON x.id = m.doc_entity "
                                  "WHERE x.entity IN (SELECT id FROM scope_entities) "
                                  "AND m.document IN (SELECT id FROM scope_documents) "
                                  "ORDER BY x.entity, m.document, m.start");
  while (q.step())
    visit({q.column_int(0), q.column_int(1), q.column_int(2), q.column_int(3), q.column_text(4),
           q.column_text(5), q.column_is_null(6) ? 0 : q.column_int(6)});
}

}  // namespace dossier
