#include "dossier/export/graphml_export.h"

#include <ostream>
#include <string>

#include "dossier/core/markup_escape.h"
#include "dossier/query/scope_graph.h"
#include "dossier/query/scope_tables.h"

namespace dossier {
namespace {

struct Key {
  const char* id;
  const char* domain;  // node | edge
  const char* type;    // string | int
};

constexpr Key kKeys[] = {
    {"label", "node", "string"},         {"kind", "node", "string"},
    {"type", "node", "string"},          {"subtype", "node", "string"},
    {"country", "node", "string"},       {"date", "node", "string"},
    {"mentions", "node", "int"},         {"documents", "node", "int"},
    {"relation", "edge", "string"},      {"weight", "edge", "int"},
    {"shared_documents", "edge", "int"},
};

class GraphWriter {
 public:
  explicit GraphWriter(std::ostream& out) : out_(out) {}

  void node(const std::string& id,
            std::initializer_list<std::pair<const char*, std::string>> data) {
    out_ << "    <node id=\"" << id << "\">";
    write_data(data);
    out_ << "</node>\n";
    ++summary.nodes;
  }

  void edge(const std::string& source, const std::string& target,
            std::initializer_list<std::pair<const char*, std::string>> data) {
    out_ << "    <edge id=\"x" << summary.edges << "\" source=\"" << source << "\" target=\""
         << target << "\">";
    write_data(data);
    out_ << "</edge>\n";
    ++summary.edges;
  }

  GraphmlSummary summary;

 private:
  void write_data(std::initializer_list<std::pair<const char*, std::string>> data) {
    for (const auto& [key, value] : data)
      if (!value.empty()) out_ << "<data key=\"" << key << "\">" << xml_escape(value) << "</data>";
  }

  std::ostream& out_;
};

std::string id(char prefix, std::int64_t n) { return prefix + std::to_string(n); }

void write_header(std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.id
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"dossier\" edgedefault=\"directed\">\n";
}

void write_nodes(Store& store, GraphWriter& g) {
  for_each_scope_entity(store, [&](const ScopeEntity& e) {
    g.node(id('e', e.id), {{"label", e.name},
                           {"kind", "entity"},
                           {"type", e.type},
                           {"subtype", e.subtype},
                           {"country", e.country},
                           {"mentions", std::to_string(e.mentions)},
                           {"documents", std::to_string(e.documents)}});
  });
  for_each_incident_node(store, [&](const IncidentNode& v) {
    g.node(id('v', v.id), {{"label", v.name},
                           {"kind", "incident"},
                           {"type", v.type},
                           {"date", v.date},
                           {"mentions", std::to_string(v.mentions)},
                           {"documents", std::to_string(v.documents)}});
  });
}

void write_edges(Store& store, GraphWriter& g) {
  for (IncidentRole role : {IncidentRole::kPerpetrator, IncidentRole::kTarget}) {
    const char* relation = role == IncidentRole::kPerpetrator ? "perpetrator-of" : "target-of";
    for_each_role_link(store, role, [&](const RoleLink& l) {
      g.edge(id('e', l.entity), id('v', l.event),
             {{"relation", relation}, {"weight", std::to_string(l.documents)}});
    });
  }
  for_each_place_link(store, [&](const PlaceLink& l) {
    g.edge(id('v', l.event), id('e', l.location), {{"relation", "located-in"}, {"weight", "1"}});
  });
  for_each_cooccurrence(store, [&](const Cooccurrence& c) {
    g.edge(id('e', c.a), id('e', c.b),
           {{"relation", "co-occurrence"},
            {"weight", std::to_string(c.sentences)},
            {"shared_documents", std::to_string(c.documents)}});
  });
}

}  // namespace

GraphmlSummary write_graphml_export(Store& store, std::ostream& out) {
  write_header(out);
  GraphWriter g(out);
  write_nodes(store, g);
  write_edges(store, g);
  out << "  </graph>\n</graphml>\n";
  return g.summary;
}

}  // namespace dossier
