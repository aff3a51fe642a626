#include "dossier/query/entities.h"

#include "dossier/core/name_key.h"
#include "dossier/query/read_rows.h"
#include "dossier/store/document_pages.h"

namespace dossier {
namespace {

// Separates the aliases group_concat joins into one column; no name contains it.
constexpr char kAliasSeparator = '\x1f';

std::vector<std::string> split_aliases(std::string_view joined) {
  std::vector<std::string> out;
  while (!joined.empty()) {
    std::size_t end = joined.find(kAliasSeparator);
    out.emplace_back(joined.substr(0, end));
    joined = end == std::string_view::npos ? std::string_view() : joined.substr(end + 1);
  }
  return out;
}

std::vector<EntityAlias> entity_aliases(Store& store, std::int64_t id, Page page) {
  return read_rows(
      store,
      "SELECT n.alias, n.rule, n.confidence, d.rule, d.confidence, d.document, d.name "
      "FROM doc_entity_names n JOIN doc_entities d ON d.id = n.doc_entity "
      "WHERE d.entity = ? ORDER BY n.alias, d.document LIMIT ? OFFSET ?",
      [](const Statement& q) {
        return EntityAlias{q.column_text(0), q.column_text(1),   q.column_double(2),
                           q.column_text(3), q.column_double(4), q.column_int(5),
                           q.column_text(6)};
      },
      id, page.limit, page.offset);
}

std::vector<MentionContext> entity_mentions(Store& store, std::int64_t id, Page page) {
  return read_rows(
      store,
      "SELECT m.document, m.start, m.end, "
      "CAST(substr(CAST(doc.text AS BLOB), max(1, m.start - 59), "
      "min(m.start, 60) + (m.end - m.start) + 60) AS TEXT), " +
          page_at_sql("m.document", "m.start") +
          " FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity "
          "JOIN documents doc ON doc.id = m.document WHERE d.entity = ? "
          "ORDER BY m.document, m.start LIMIT ? OFFSET ?",
      [](const Statement& q) {
        return MentionContext{q.column_int(0), q.column_int(1), q.column_int(2), q.column_text(3),
                              q.column_is_null(4) ? 0 : q.column_int(4)};
      },
      id, page.limit, page.offset);
}

std::vector<CoEntity> cooccurring_entities(Store& store, std::int64_t id, Page page) {
  return read_rows(
      store,
      "SELECT o.id, o.name, o.type, count(DISTINCT a.document) FROM doc_entities a "
      "JOIN doc_entities b ON b.document = a.document AND b.entity <> a.entity "
      "JOIN entities o ON o.id = b.entity WHERE a.entity = ? GROUP BY o.id "
      "ORDER BY 4 DESC, o.name LIMIT ? OFFSET ?",
      [](const Statement& q) {
        return CoEntity{q.column_int(0), q.column_text(1), q.column_text(2), q.column_int(3)};
      },
      id, page.limit, page.offset);
}

}  // namespace

std::vector<EntityListing> list_entities(Store& store, const EntityFilter& filter, Page page) {
  return read_rows(
      store,
      "SELECT e.id, e.name, e.type, count(DISTINCT m.document), count(m.id), "
      "(SELECT group_concat(alias, char(31)) FROM (SELECT DISTINCT n.alias FROM "
      "doc_entity_names n JOIN doc_entities x ON x.id = n.doc_entity "
      "WHERE x.entity = e.id AND n.alias <> e.name)) "
      "FROM entities e JOIN doc_entities de ON de.entity = e.id "
      "JOIN mentions m ON m.doc_entity = de.id "
      "WHERE (?1 = '' OR e.type = ?1) AND (?2 = 0 OR de.document = ?3) "
      "GROUP BY e.id ORDER BY 4 DESC, 5 DESC, e.name LIMIT ?4 OFFSET ?5",
      [](const Statement& q) {
        return EntityListing{q.column_int(0), q.column_text(1), q.column_text(2),
                             q.column_int(3), q.column_int(4),  split_aliases(q.column_view(5))};
      },
      filter.type, filter.document ? 1 : 0, filter.document.value_or(0), page.limit, page.offset);
}

std::int64_t find_entity_named(Store& store, const std::string& name) {
  Statement q(store.handle(),
              "SELECT d.entity, n.alias, count(*) FROM doc_entity_names n JOIN doc_entities d "
              "ON d.id = n.doc_entity WHERE d.entity IS NOT NULL GROUP BY d.entity, n.alias "
              "ORDER BY 3 DESC");
  std::string key = name_key(name);
  while (q.step())
    if (name_key(q.column_view(1)) == key) {
      std::int64_t id = q.column_int(0);
      q.reset();
      return id;
    }
  return 0;
}

std::optional<EntityDetail> entity_detail(Store& store, std::int64_t id,
                                          const EntityDetailPages& pages) {
  Statement head(store.handle(), "SELECT type, name, subtype, country FROM entities WHERE id = ?");
  head.bind(1, id);
  if (!head.step()) return std::nullopt;
  EntityDetail e;
  e.id = id;
  e.type = head.column_text(0);
  e.name = head.column_text(1);
  e.subtype = head.column_text(2);
  e.country = head.column_text(3);
  head.reset();
  e.aliases = entity_aliases(store, id, pages.aliases);
  e.mentions = entity_mentions(store, id, pages.mentions);
  e.cooccurring = cooccurring_entities(store, id, pages.cooccurring);
  return e;
}

}  // namespace dossier
