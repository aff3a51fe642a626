#include "dossier/export/csv_export.h"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "dossier/export/incident_record.h"
#include "dossier/query/scope_incidents.h"
#include "dossier/query/scope_tables.h"

namespace dossier {
namespace {

using nlohmann::ordered_json;

void write_field(std::ostream& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

// A record value as a field: strings as they are, arrays joined with "; ", null empty.
std::string field_text(const ordered_json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      if (!out.empty()) out += "; ";
      out += field_text(item);
    }
    return out;
  }
  return v.dump();
}

void write_row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out << ',';
    write_field(out, f);
    first = false;
  }
  out << "\r\n";
}

std::string number(std::int64_t n) { return std::to_string(n); }

// "d12", "e3", "v1": dossier's ids. (Appending, not `"d" + number(n)`, which GCC 12 at -O3
// warns about wrongly, -Wrestrict.)
std::string id(char prefix, std::int64_t n) {
  std::string out(1, prefix);
  out += std::to_string(n);
  return out;
}

// A coordinate as a field, in the shortest form that reads back exactly; "" when unknown.
std::string real(const std::optional<double>& v) { return v ? ordered_json(*v).dump() : ""; }

// The stored list "reportedly,allegedly" as "reportedly; allegedly".
std::string hedge_list(std::string_view hedges) {
  std::string out;
  for (char c : hedges) {
    if (c == ',')
      out += "; ";
    else
      out += c;
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

void write_incidents(Store& store, EstimatePolicy policy, std::ostream& out) {
  bool first = true;
  const ordered_json header = incident_record(IncidentRow());
  for (const auto& [key, value] : header.items()) {
    if (!first) out << ',';
    write_field(out, key);
    first = false;
  }
  out << "\r\n";
  for_each_scope_incident(store, policy, [&](const IncidentRow& row) {
    first = true;
    const ordered_json record = incident_record(row);
    for (const auto& [key, value] : record.items()) {
      if (!first) out << ',';
      write_field(out, field_text(value));
      first = false;
    }
    out << "\r\n";
  });
}

// A page number, or "" for evidence from a document without pages.
std::string page(std::int64_t page) { return page > 0 ? std::to_string(page) : ""; }

void write_figures(Store& store, std::ostream& out) {
  write_row(out, {"incident", "measure", "low", "high", "qualifier", "document", "published",
                  "source", "start", "end", "text", "sentence", "attributed_to", "hedges", "page"});
  for_each_scope_figure(store, [&](const ScopeFigure& f) {
    write_row(out, {id('v', f.event), f.measure, number(f.low), number(f.high), f.qualifier,
                    id('d', f.document), f.published, f.source, number(f.start), number(f.end),
                    f.text, f.sentence, f.attributed_to, hedge_list(f.hedges), page(f.page)});
  });
}

void write_entities(Store& store, std::ostream& out) {
  write_row(out, {"id", "type", "subtype", "name", "country", "latitude", "longitude", "aliases",
                  "documents", "mentions"});
  for_each_scope_entity(store, [&](const ScopeEntity& e) {
    write_row(out, {id('e', e.id), e.type, e.subtype, e.name, e.country, real(e.latitude),
                    real(e.longitude), joined(e.aliases), number(e.documents), number(e.mentions)});
  });
}

void write_mentions(Store& store, std::ostream& out) {
  write_row(out, {"entity", "document", "start", "end", "text", "origin", "page"});
  for_each_scope_mention(store, [&](const ScopeMention& m) {
    write_row(out, {id('e', m.entity), id('d', m.document), number(m.start), number(m.end), m.text,
                    m.origin, page(m.page)});
  });
}

}  // namespace

std::optional<CsvTable> parse_csv_table(std::string_view name) {
  if (name == "incidents") return CsvTable::kIncidents;
  if (name == "figures") return CsvTable::kFigures;
  if (name == "entities") return CsvTable::kEntities;
  if (name == "mentions") return CsvTable::kMentions;
  return std::nullopt;
}

void write_csv_export(Store& store, CsvTable table, EstimatePolicy policy, std::ostream& out) {
  switch (table) {
    case CsvTable::kIncidents:
      write_incidents(store, policy, out);
      break;
    case CsvTable::kFigures:
      write_figures(store, out);
      break;
    case CsvTable::kEntities:
      write_entities(store, out);
      break;
    case CsvTable::kMentions:
      write_mentions(store, out);
      break;
  }
}

}  // namespace dossier
