#include "dossier/export/graphml_export.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/segment/segmenter.h"
#include "dossier/store/statement.h"

namespace dossier {
namespace {

// Text fit for an XML attribute or element: markup escaped, characters XML 1.0 forbids
// (C0 controls other than tab, LF, CR) dropped.
std::string xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
  return out;
}

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
      if (!value.empty()) out_ << "<data key=\"" << key << "\">" << xml(value) << "</data>";
  }

  std::ostream& out_;
};

std::string id(char prefix, std::int64_t n) { return prefix + std::to_string(n); }

// Fills temp.cooccurrence(a, b, document) with one row per sentence naming entities a < b.
void gather_cooccurrence(sqlite3* db) {
  exec(db,
       "DROP TABLE IF EXISTS temp.cooccurrence;"
       "CREATE TEMP TABLE cooccurrence(a INTEGER NOT NULL, b INTEGER NOT NULL, "
       "document INTEGER NOT NULL)");
  Statement docs(db, "SELECT id, text FROM documents WHERE id IN (SELECT id FROM scope_documents)");
  Statement mentions(db,
                     "SELECT m.start, x.entity FROM doc_entities x JOIN mentions m "
                     "ON m.doc_entity = x.id WHERE x.document = ? AND x.entity IN "
                     "(SELECT id FROM scope_entities) ORDER BY m.start");
  Statement insert(db, "INSERT INTO cooccurrence(a, b, document) VALUES (?, ?, ?)");
  exec(db, "SAVEPOINT cooccurrence");
  while (docs.step()) {
    std::int64_t d = docs.column_int(0);
    Segmentation seg = segment(docs.column_view(1));
    std::size_t sentence = 0;
    std::vector<std::int64_t> named;  // entities of the current sentence
    auto flush = [&] {
      std::sort(named.begin(), named.end());
      named.erase(std::unique(named.begin(), named.end()), named.end());
      for (std::size_t i = 0; i < named.size(); ++i)
        for (std::size_t j = i + 1; j < named.size(); ++j)
          insert.bind_all(named[i], named[j], d).run();
      named.clear();
    };
    mentions.bind(1, d);
    while (mentions.step()) {
      auto start = static_cast<std::uint32_t>(mentions.column_int(0));
      std::size_t s = sentence;
      while (s < seg.sentences.size() && seg.sentences[s].end <= start) ++s;
      if (s != sentence) {
        flush();
        sentence = s;
      }
      named.push_back(mentions.column_int(1));
    }
    flush();
  }
  exec(db, "RELEASE cooccurrence");
}

}  // namespace

GraphmlSummary write_graphml_export(Store& store, std::ostream& out) {
  sqlite3* db = store.handle();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.id
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"dossier\" edgedefault=\"directed\">\n";
  GraphWriter g(out);

  Statement ents(db,
                 "SELECT e.id, e.name, e.type, e.subtype, e.country, "
                 "(SELECT count(*) FROM doc_entities x JOIN mentions m ON m.doc_entity = x.id "
                 " WHERE x.entity = e.id AND x.document IN (SELECT id FROM scope_documents)), "
                 "(SELECT count(DISTINCT x.document) FROM doc_entities x WHERE x.entity = e.id "
                 " AND x.document IN (SELECT id FROM scope_documents)) "
                 "FROM entities e WHERE e.id IN (SELECT id FROM scope_entities) ORDER BY e.id");
  while (ents.step())
    g.node(id('e', ents.column_int(0)), {{"label", ents.column_text(1)},
                                         {"kind", "entity"},
                                         {"type", ents.column_text(2)},
                                         {"subtype", ents.column_text(3)},
                                         {"country", ents.column_text(4)},
                                         {"mentions", std::to_string(ents.column_int(5))},
                                         {"documents", std::to_string(ents.column_int(6))}});
  Statement evs(db,
                "SELECT v.id, v.name, v.type, v.date, "
                "(SELECT count(*) FROM doc_events e JOIN event_mentions m ON m.doc_event = e.id "
                " WHERE e.event = v.id), "
                "(SELECT count(DISTINCT e.document) FROM doc_events e WHERE e.event = v.id) "
                "FROM events v WHERE v.id IN (SELECT id FROM scope_events) ORDER BY v.id");
  while (evs.step())
    g.node(id('v', evs.column_int(0)), {{"label", evs.column_text(1)},
                                        {"kind", "incident"},
                                        {"type", evs.column_text(2)},
                                        {"date", evs.column_text(3)},
                                        {"mentions", std::to_string(evs.column_int(4))},
                                        {"documents", std::to_string(evs.column_int(5))}});

  for (const char* relation : {"perpetrator-of", "target-of"}) {
    std::string table = relation[0] == 'p' ? "doc_event_perpetrators" : "doc_event_targets";
    Statement q(db, "SELECT x.entity, e.event, count(DISTINCT e.document) FROM doc_events e JOIN " +
                        table +
                        " l ON l.doc_event = e.id JOIN doc_entities x ON x.id = l.doc_entity "
                        "WHERE e.event IN (SELECT id FROM scope_events) AND x.entity IN "
                        "(SELECT id FROM scope_entities) GROUP BY x.entity, e.event "
                        "ORDER BY e.event, x.entity");
    while (q.step())
      g.edge(id('e', q.column_int(0)), id('v', q.column_int(1)),
             {{"relation", relation}, {"weight", std::to_string(q.column_int(2))}});
  }
  Statement places(db,
                   "SELECT id, location FROM events WHERE id IN (SELECT id FROM scope_events) "
                   "AND location IN (SELECT id FROM scope_entities) ORDER BY id");
  while (places.step())
    g.edge(id('v', places.column_int(0)), id('e', places.column_int(1)),
           {{"relation", "located-in"}, {"weight", "1"}});

  gather_cooccurrence(db);
  Statement pairs(db,
                  "SELECT a, b, count(*), count(DISTINCT document) FROM cooccurrence "
                  "GROUP BY a, b ORDER BY a, b");
  while (pairs.step())
    g.edge(id('e', pairs.column_int(0)), id('e', pairs.column_int(1)),
           {{"relation", "co-occurrence"},
            {"weight", std::to_string(pairs.column_int(2))},
            {"shared_documents", std::to_string(pairs.column_int(3))}});
  pairs.reset();
  exec(db, "DROP TABLE temp.cooccurrence");
  out << "  </graph>\n</graphml>\n";
  return g.summary;
}

}  // namespace dossier
