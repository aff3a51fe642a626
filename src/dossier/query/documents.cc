#include "dossier/query/documents.h"

#include "dossier/query/read_rows.h"

namespace dossier {
namespace {

std::int64_t count(Store& store, const char* sql) {
  Statement s(store.handle(), sql);
  s.step();
  std::int64_t n = s.column_int(0);
  s.reset();
  return n;
}

std::vector<ReportedEntity> most_reported_entities(Store& store, int limit) {
  return read_rows(
      store,
      "SELECT e.id, e.name, e.type, count(DISTINCT m.document) AS docs, count(*) "
      "FROM entities e JOIN doc_entities d ON d.entity = e.id "
      "JOIN mentions m ON m.doc_entity = d.id "
      "GROUP BY e.id ORDER BY docs DESC, count(*) DESC LIMIT ?",
      [](const Statement& q) {
        return ReportedEntity{q.column_int(0), q.column_text(1), q.column_text(2), q.column_int(3),
                              q.column_int(4)};
      },
      limit);
}

std::vector<ReportedEvent> most_reported_events(Store& store, int limit) {
  return read_rows(
      store,
      "SELECT v.id, v.name, v.date, count(DISTINCT d.document) AS docs FROM events v "
      "JOIN doc_events d ON d.event = v.id GROUP BY v.id ORDER BY docs DESC, v.id LIMIT ?",
      [](const Statement& q) {
        return ReportedEvent{q.column_int(0), q.column_text(1), q.column_text(2), q.column_int(3)};
      },
      limit);
}

}  // namespace

std::vector<DocumentMention> document_mentions(Store& store, std::int64_t id) {
  return read_rows(
      store,
      "SELECT m.start, m.end, coalesce(e.id, 0), coalesce(e.name, d.name), "
      "coalesce(e.type, d.type) FROM mentions m "
      "JOIN doc_entities d ON d.id = m.doc_entity "
      "LEFT JOIN entities e ON e.id = d.entity WHERE m.document = ? "
      "ORDER BY m.start, m.end DESC",
      [](const Statement& q) {
        return DocumentMention{q.column_int(0), q.column_int(1), q.column_int(2), q.column_text(3),
                               q.column_text(4)};
      },
      id);
}

std::vector<DocumentListing> list_documents(Store& store, Page page) {
  return read_rows(
      store,
      "SELECT id, published, language, length(CAST(text AS BLOB)), source, title "
      "FROM documents ORDER BY id LIMIT ? OFFSET ?",
      [](const Statement& q) {
        return DocumentListing{q.column_int(0), q.column_text(1), q.column_text(2),
                               q.column_int(3), q.column_text(4), q.column_text(5)};
      },
      page.limit, page.offset);
}

std::optional<DocumentDetail> find_document_detail(Store& store, const std::string& key) {
  std::optional<DocumentRow> row = store.find_document(key);
  if (!row) return std::nullopt;
  std::vector<std::string> sources = store.sources(row->id);
  return DocumentDetail{std::move(*row), std::move(sources)};
}

std::vector<SearchHit> search(Store& store, std::string_view query, Page page) {
  return store.search(query, page.limit, page.offset);
}

StoreCounts count_rows(Store& store) {
  StoreCounts c;
  c.documents = store.document_count();
  c.sources = count(store, "SELECT count(*) FROM sources");
  c.near_duplicates =
      count(store, "SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL");
  c.entities = count(store, "SELECT count(*) FROM entities");
  c.mentions = count(store, "SELECT count(*) FROM mentions");
  c.events = count(store, "SELECT count(*) FROM events");
  c.figures = count(store, "SELECT count(*) FROM figures");
  return c;
}

StoreSummary summarize(Store& store, int top_entities, int top_events) {
  StoreSummary s;
  s.counts = count_rows(store);
  s.entity_types =
      read_rows(store, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC",
                [](const Statement& q) {
                  return TypeCount{q.column_text(0), q.column_int(1)};
                });
  s.top_entities = most_reported_entities(store, top_entities);
  s.top_events = most_reported_events(store, top_events);
  return s;
}

}  // namespace dossier
