#include "dossier/query/graph.h"

#include "dossier/query/entities.h"

namespace dossier {
namespace {

// The index of the node (kind, id) in `g`, added when missing.
std::size_t node(Neighbourhood& g, GraphNode n) {
  for (std::size_t i = 0; i < g.nodes.size(); ++i)
    if (g.nodes[i].kind == n.kind && g.nodes[i].id == n.id) return i;
  g.nodes.push_back(std::move(n));
  return g.nodes.size() - 1;
}

// Each (incident, entity, relation) with the documents stating it, for one entity or one
// incident: the roles incidents' reports give entities, and incidents' locations.
constexpr const char* kRolesSql =
    "SELECT v.id, v.name, v.type, e.id, e.name, e.type, r.relation, r.documents FROM ("
    "  SELECT d.event AS event, x.entity AS entity, 'perpetrator' AS relation, "
    "         count(DISTINCT d.document) AS documents "
    "  FROM doc_events d JOIN doc_event_perpetrators p ON p.doc_event = d.id "
    "  JOIN doc_entities x ON x.id = p.doc_entity "
    "  WHERE d.event IS NOT NULL AND x.entity IS NOT NULL GROUP BY d.event, x.entity "
    "  UNION ALL "
    "  SELECT d.event, x.entity, 'target', count(DISTINCT d.document) "
    "  FROM doc_events d JOIN doc_event_targets t ON t.doc_event = d.id "
    "  JOIN doc_entities x ON x.id = t.doc_entity "
    "  WHERE d.event IS NOT NULL AND x.entity IS NOT NULL GROUP BY d.event, x.entity "
    "  UNION ALL "
    "  SELECT v.id, v.location, 'location', "
    "         (SELECT count(DISTINCT document) FROM doc_events WHERE event = v.id) "
    "  FROM events v WHERE v.location IS NOT NULL"
    ") r JOIN events v ON v.id = r.event JOIN entities e ON e.id = r.entity "
    "WHERE (?1 = 'entity' AND r.entity = ?2) OR (?1 = 'event' AND r.event = ?2) "
    "ORDER BY r.relation, v.id, e.id";

void add_roles(Store& store, Neighbourhood& g, const std::string& kind, std::int64_t id) {
  Statement q(store.handle(), kRolesSql);
  q.bind_all(kind, id);
  while (q.step()) {
    std::size_t v = node(g, {"event", q.column_int(0), q.column_text(1), q.column_text(2)});
    std::size_t e = node(g, {"entity", q.column_int(3), q.column_text(4), q.column_text(5)});
    g.edges.push_back({v, e, q.column_text(6), q.column_int(7)});
  }
}

}  // namespace

Neighbourhood entity_neighbourhood(Store& store, std::int64_t id, Page cooccurring) {
  EntityDetailPages pages;
  pages.aliases = {0, 0};
  pages.mentions = {0, 0};
  pages.cooccurring = cooccurring;
  std::optional<EntityDetail> e = entity_detail(store, id, pages);
  Neighbourhood g;
  if (!e) return g;
  g.nodes.push_back({"entity", id, e->name, e->type});
  for (const CoEntity& c : e->cooccurring)
    g.edges.push_back({0, node(g, {"entity", c.id, c.name, c.type}), "co_occurs", c.documents});
  add_roles(store, g, "entity", id);
  return g;
}

Neighbourhood event_neighbourhood(Store& store, std::int64_t id) {
  Statement head(store.handle(), "SELECT name, type FROM events WHERE id = ?");
  head.bind(1, id);
  Neighbourhood g;
  if (!head.step()) return g;
  g.nodes.push_back({"event", id, head.column_text(0), head.column_text(1)});
  head.reset();
  add_roles(store, g, "event", id);
  return g;
}

}  // namespace dossier
