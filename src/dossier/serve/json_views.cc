#include "dossier/serve/json_views.h"

namespace dossier::serve {

using nlohmann::json;

json to_json(const SearchHit& h) {
  return {{"document", h.document},   {"source", h.source},   {"title", h.title},
          {"published", h.published}, {"snippet", h.snippet}, {"score", h.score}};
}

json to_json(const DocumentListing& d) {
  return {{"id", d.id},       {"published", d.published}, {"language", d.language},
          {"bytes", d.bytes}, {"source", d.source},       {"title", d.title}};
}

json to_json(const DocumentDetail& d, const std::vector<DocumentMention>& mentions) {
  const DocumentRow& r = d.document;
  json m = json::array();
  for (const DocumentMention& x : mentions)
    m.push_back({{"start", x.start},
                 {"end", x.end},
                 {"entity", x.entity},
                 {"name", x.name},
                 {"type", x.type}});
  return {{"id", r.id},
          {"hash", r.hash},
          {"source", r.source},
          {"external_id", r.external_id},
          {"url", r.url},
          {"title", r.title},
          {"published", r.published},
          {"language", r.language},
          {"format", r.format},
          {"text", r.text},
          {"ingested_at", r.ingested_at},
          {"near_duplicate_of", r.near_duplicate_of},
          {"similarity", r.similarity},
          {"sources", d.sources},
          {"page_starts", r.page_starts},
          {"mentions", m}};
}

json to_json(const EntityListing& e) {
  return {{"id", e.id},
          {"name", e.name},
          {"type", e.type},
          {"documents", e.documents},
          {"mentions", e.mentions},
          {"aliases", e.aliases}};
}

json to_json(const EntityDetail& e) {
  json aliases = json::array(), mentions = json::array(), co = json::array();
  for (const EntityAlias& a : e.aliases)
    aliases.push_back({{"alias", a.alias},
                       {"rule", a.rule},
                       {"confidence", a.confidence},
                       {"document_rule", a.document_rule},
                       {"document_confidence", a.document_confidence},
                       {"document", a.document},
                       {"document_name", a.document_name}});
  for (const MentionContext& m : e.mentions)
    mentions.push_back(
        {{"document", m.document}, {"start", m.start}, {"end", m.end}, {"context", m.context}});
  for (const CoEntity& c : e.cooccurring)
    co.push_back({{"id", c.id}, {"name", c.name}, {"type", c.type}, {"documents", c.documents}});
  return {{"id", e.id},           {"name", e.name},       {"type", e.type},
          {"subtype", e.subtype}, {"country", e.country}, {"aliases", aliases},
          {"mentions", mentions}, {"cooccurring", co}};
}

json to_json(const EventListing& e) {
  return {{"id", e.id},     {"date", e.date},   {"type", e.type},
          {"name", e.name}, {"place", e.place}, {"documents", e.documents}};
}

json to_json(const MeasureReport& r) {
  json claims = json::array(), groups = json::array();
  for (const FigureClaim& c : r.claims)
    claims.push_back({{"document", c.document},
                      {"published", c.published},
                      {"low", c.low},
                      {"high", c.high},
                      {"qualifier", c.qualifier},
                      {"text", c.text},
                      {"sentence", c.sentence},
                      {"attributed_to", c.attributed_to},
                      {"hedges", c.hedges},
                      {"page", c.page > 0 ? json(c.page) : json()}});
  for (const ClaimGroup& g : r.groups)
    groups.push_back({{"low", g.low}, {"high", g.high}, {"documents", g.documents}});
  return {{"measure", r.measure},
          {"claims", claims},
          {"groups", groups},
          {"conflict", r.conflict},
          {"corroboration", r.corroboration},
          {"best", {{"low", r.best_low}, {"high", r.best_high}}},
          {"range", {{"low", r.range_low}, {"high", r.range_high}}}};
}

json to_json(const EventDetail& d) {
  json out = to_json(d.event);
  json reports = json::array();
  for (const EventReport& r : d.reports)
    reports.push_back({{"document", r.document}, {"rule", r.rule}});
  out["perpetrators"] = d.perpetrators;
  out["targets"] = d.targets;
  out["reports"] = reports;
  out["figures"] = to_json_array(d.figures);
  return out;
}

json to_json(const ConflictEntry& c) {
  return {{"event", c.event}, {"name", c.name}, {"date", c.date}, {"report", to_json(c.report)}};
}

json to_json(const TimelineEntry& t) {
  return {{"event", to_json(t.event)}, {"estimates", to_json_array(t.estimates)}};
}

json to_json(const Neighbourhood& g) {
  json nodes = json::array(), edges = json::array();
  for (const GraphNode& n : g.nodes)
    nodes.push_back({{"kind", n.kind}, {"id", n.id}, {"label", n.label}, {"type", n.type}});
  for (const GraphEdge& e : g.edges)
    edges.push_back(
        {{"from", e.from}, {"to", e.to}, {"relation", e.relation}, {"weight", e.weight}});
  return {{"nodes", nodes}, {"edges", edges}};
}

}  // namespace dossier::serve
