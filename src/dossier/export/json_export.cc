#include "dossier/export/json_export.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "dossier/store/statement.h"

namespace dossier {
namespace {

using nlohmann::json;

std::string id(char prefix, std::int64_t n) { return prefix + std::to_string(n); }

json null_if_empty(const std::string& s) { return s.empty() ? json() : json(s); }

// The stored comma-separated list ("reportedly,allegedly") as a JSON array.
json split_list(std::string_view s) {
  json out = json::array();
  while (!s.empty()) {
    std::size_t comma = s.find(',');
    out.push_back(std::string(s.substr(0, comma)));
    s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  }
  return out;
}

// Writes items produced by `next` as a JSON array, one per line.
template <typename Next>
void write_array(std::ostream& out, const char* key, Next next, bool last) {
  out << "\"" << key << "\": [";
  bool first = true;
  json item;
  while (next(item)) {
    out << (first ? "\n  " : ",\n  ") << item.dump(-1, ' ', false, json::error_handler_t::replace);
    first = false;
  }
  out << (first ? "]" : "\n]") << (last ? "\n" : ",\n");
}

}  // namespace

void write_json_export(sqlite3* db, EstimatePolicy policy, std::ostream& out) {
  out << "{\n";
  Statement docs(
      db,
      "SELECT id, source, external_id, title, published, language, url FROM documents ORDER BY id");
  write_array(
      out, "documents",
      [&](json& j) {
        if (!docs.step()) return false;
        j = {{"id", id('d', docs.column_int(0))},
             {"source", docs.column_text(1)},
             {"external_id", null_if_empty(docs.column_text(2))},
             {"title", null_if_empty(docs.column_text(3))},
             {"published", null_if_empty(docs.column_text(4))},
             {"language", null_if_empty(docs.column_text(5))},
             {"url", null_if_empty(docs.column_text(6))}};
        return true;
      },
      false);

  Statement ents(db, "SELECT id, type, name, subtype, country, lat, lon FROM entities ORDER BY id");
  Statement aliases(db,
                    "SELECT DISTINCT n.alias FROM doc_entity_names n JOIN doc_entities d "
                    "ON d.id = n.doc_entity WHERE d.entity = ? ORDER BY n.alias");
  Statement mentions(
      db,
      "SELECT m.document, m.start, m.end, m.text FROM mentions m JOIN doc_entities d "
      "ON d.id = m.doc_entity WHERE d.entity = ? ORDER BY m.document, m.start");
  write_array(
      out, "entities",
      [&](json& j) {
        if (!ents.step()) return false;
        std::int64_t e = ents.column_int(0);
        std::string name = ents.column_text(2);
        j = {{"id", id('e', e)}, {"type", ents.column_text(1)}, {"name", name}};
        if (!ents.column_view(3).empty()) j["subtype"] = ents.column_text(3);
        if (!ents.column_view(4).empty()) j["country"] = ents.column_text(4);
        if (!ents.column_is_null(5))
          j["coordinates"] = {ents.column_double(6), ents.column_double(5)};
        json al = json::array();
        aliases.bind(1, e);
        while (aliases.step())
          if (aliases.column_view(0) != name) al.push_back(aliases.column_text(0));
        j["aliases"] = al;
        json ms = json::array();
        mentions.bind(1, e);
        while (mentions.step())
          ms.push_back({{"document", id('d', mentions.column_int(0))},
                        {"start", mentions.column_int(1)},
                        {"end", mentions.column_int(2)},
                        {"text", mentions.column_text(3)}});
        j["mentions"] = ms;
        return true;
      },
      false);

  Statement evs(db, "SELECT id, type, name, date, location FROM events ORDER BY id");
  Statement perps(db,
                  "SELECT DISTINCT de.entity FROM doc_events e JOIN doc_event_perpetrators p "
                  "ON p.doc_event = e.id JOIN doc_entities de ON de.id = p.doc_entity "
                  "WHERE e.event = ? AND de.entity IS NOT NULL ORDER BY de.entity");
  Statement targets(db,
                    "SELECT DISTINCT de.entity FROM doc_events e JOIN doc_event_targets t "
                    "ON t.doc_event = e.id JOIN doc_entities de ON de.id = t.doc_entity "
                    "WHERE e.event = ? AND de.entity IS NOT NULL ORDER BY de.entity");
  Statement evm(
      db,
      "SELECT e.document, m.start, m.end, "
      "CAST(substr(CAST(d.text AS BLOB), m.start + 1, m.end - m.start) AS TEXT) "
      "FROM event_mentions m JOIN doc_events e ON e.id = m.doc_event "
      "JOIN documents d ON d.id = e.document WHERE e.event = ? ORDER BY e.document, m.start");
  Statement figs(
      db,
      "SELECT f.measure, f.low, f.high, f.qualifier, e.document, f.start, f.end, "
      "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), "
      "f.attributed_to, f.hedges FROM figures f JOIN doc_events e ON e.id = f.doc_event "
      "JOIN documents d ON d.id = e.document WHERE e.event = ? ORDER BY e.document, f.start");
  write_array(
      out, "events",
      [&](json& j) {
        if (!evs.step()) return false;
        std::int64_t v = evs.column_int(0);
        j = {{"id", id('v', v)},
             {"type", evs.column_text(1)},
             {"name", evs.column_text(2)},
             {"date", null_if_empty(evs.column_text(3))},
             {"location", evs.column_is_null(4) ? json() : json(id('e', evs.column_int(4)))}};
        json p = json::array();
        perps.bind(1, v);
        while (perps.step()) p.push_back(id('e', perps.column_int(0)));
        j["perpetrators"] = p;
        json tg = json::array();
        targets.bind(1, v);
        while (targets.step()) tg.push_back(id('e', targets.column_int(0)));
        j["targets"] = tg;
        json ms = json::array();
        evm.bind(1, v);
        while (evm.step())
          ms.push_back({{"document", id('d', evm.column_int(0))},
                        {"start", evm.column_int(1)},
                        {"end", evm.column_int(2)},
                        {"text", evm.column_text(3)}});
        j["mentions"] = ms;
        json fs = json::array();
        figs.bind(1, v);
        while (figs.step())
          fs.push_back(
              {{"measure", figs.column_text(0)},
               {"low", figs.column_int(1)},
               {"high", figs.column_int(2)},
               {"qualifier", figs.column_text(3)},
               {"document", id('d', figs.column_int(4))},
               {"start", figs.column_int(5)},
               {"end", figs.column_int(6)},
               {"text", figs.column_text(7)},
               {"attributed_to", null_if_empty(figs.column_text(8))},
               {"hedges", split_list(figs.column_view(9))}});
        j["figures"] = fs;
        json est = json::array();
        for (const MeasureReport& r : analyze_figures(db, policy, v))
          est.push_back({{"measure", r.measure},
                         {"low", r.best_low},
                         {"high", r.best_high},
                         {"reported_low", r.range_low},
                         {"reported_high", r.range_high},
                         {"corroborating_documents", r.corroboration}});
        j["estimates"] = est;
        return true;
      },
      false);

  // Conflicts event by event, so only one event's figures are in memory at a time.
  Statement event_ids(db, "SELECT id FROM events ORDER BY id");
  std::vector<MeasureReport> reports;
  std::size_t next = 0;
  write_array(
      out, "conflicts",
      [&](json& j) {
        for (;;) {
          while (next < reports.size() && !reports[next].conflict) ++next;
          if (next < reports.size()) break;
          if (!event_ids.step()) return false;
          reports = analyze_figures(db, policy, event_ids.column_int(0));
          next = 0;
        }
        const MeasureReport& r = reports[next++];
        json claims = json::array();
        for (const ClaimGroup& g : r.groups) {
          json docs = json::array();
          for (auto d : g.documents) docs.push_back(id('d', d));
          claims.push_back({{"low", g.low}, {"high", g.high}, {"documents", docs}});
        }
        j = {{"subject", id('v', r.event)}, {"attribute", r.measure}, {"claims", claims}};
        return true;
      },
      true);
  out << "}\n";
}

}  // namespace dossier
