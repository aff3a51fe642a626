#include "dossier/export/json_export.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "dossier/query/records.h"

namespace dossier {
namespace {

using nlohmann::json;

std::string id(char prefix, std::int64_t n) { return prefix + std::to_string(n); }

json null_if_empty(const std::string& s) { return s.empty() ? json() : json(s); }

// Writes the items `produce` passes to its callback as a JSON array, one per line.
template <typename Produce>
void write_array(std::ostream& out, const char* key, Produce produce, bool last) {
  out << "\"" << key << "\": [";
  bool first = true;
  produce([&](const json& item) {
    out << (first ? "\n  " : ",\n  ") << item.dump(-1, ' ', false, json::error_handler_t::replace);
    first = false;
  });
  out << (first ? "]" : "\n]") << (last ? "\n" : ",\n");
}

// Evidence on a page of a paged document (PDF) says which; other evidence has no "page".
void add_page(json& evidence, std::int64_t page) {
  if (page > 0) evidence["page"] = page;
}

json spans(const std::vector<TextSpan>& spans) {
  json out = json::array();
  for (const TextSpan& s : spans) {
    json span = {
        {"document", id('d', s.document)}, {"start", s.start}, {"end", s.end}, {"text", s.text}};
    add_page(span, s.page);
    out.push_back(std::move(span));
  }
  return out;
}

json ids(char prefix, const std::vector<std::int64_t>& ids) {
  json out = json::array();
  for (std::int64_t n : ids) out.push_back(id(prefix, n));
  return out;
}

json document_json(const DocumentRecord& d) {
  return {{"id", id('d', d.id)},
          {"source", d.source},
          {"external_id", null_if_empty(d.external_id)},
          {"title", null_if_empty(d.title)},
          {"published", null_if_empty(d.published)},
          {"language", null_if_empty(d.language)},
          {"url", null_if_empty(d.url)}};
}

json entity_json(const EntityRecord& e) {
  json j = {{"id", id('e', e.id)}, {"type", e.type}, {"name", e.name}};
  if (!e.subtype.empty()) j["subtype"] = e.subtype;
  if (!e.region.empty()) j["region"] = e.region;
  if (!e.country.empty()) j["country"] = e.country;
  if (e.coordinates) j["coordinates"] = {e.coordinates->second, e.coordinates->first};
  j["aliases"] = e.aliases;
  j["mentions"] = spans(e.mentions);
  return j;
}

json figures_json(const std::vector<FigureRecord>& figures) {
  json out = json::array();
  for (const FigureRecord& f : figures) {
    json figure = {{"measure", f.measure},
                   {"low", f.low},
                   {"high", f.high},
                   {"qualifier", f.qualifier},
                   {"document", id('d', f.evidence.document)},
                   {"start", f.evidence.start},
                   {"end", f.evidence.end},
                   {"text", f.evidence.text},
                   {"attributed_to", null_if_empty(f.attributed_to)},
                   {"hedges", f.hedges}};
    add_page(figure, f.evidence.page);
    out.push_back(std::move(figure));
  }
  return out;
}

json estimates_json(const std::vector<MeasureReport>& reports, std::int64_t event) {
  json out = json::array();
  for (const MeasureReport& r : reports)
    if (r.event == event)
      out.push_back({{"measure", r.measure},
                     {"low", r.best_low},
                     {"high", r.best_high},
                     {"reported_low", r.range_low},
                     {"reported_high", r.range_high},
                     {"corroborating_documents", r.corroboration}});
  return out;
}

json event_json(const EventRecord& v, const std::vector<MeasureReport>& reports) {
  return {{"id", id('v', v.id)},
          {"type", v.type},
          {"name", v.name},
          {"date", null_if_empty(v.date)},
          {"location", v.location ? json(id('e', *v.location)) : json()},
          {"perpetrators", ids('e', v.perpetrators)},
          {"targets", ids('e', v.targets)},
          {"mentions", spans(v.mentions)},
          {"figures", figures_json(v.figures)},
          {"estimates", estimates_json(reports, v.id)}};
}

json conflict_json(const MeasureReport& r) {
  json claims = json::array();
  for (const ClaimGroup& g : r.groups)
    claims.push_back({{"low", g.low}, {"high", g.high}, {"documents", ids('d', g.documents)}});
  return {{"subject", id('v', r.event)}, {"attribute", r.measure}, {"claims", claims}};
}

}  // namespace

void write_json_export(Store& store, EstimatePolicy policy, std::ostream& out) {
  out << "{\n";
  write_array(
      out, "documents",
      [&](auto emit) {
        for_each_document_record(store, [&](const DocumentRecord& d) { emit(document_json(d)); });
      },
      false);
  write_array(
      out, "entities",
      [&](auto emit) {
        for_each_entity_record(store, [&](const EntityRecord& e) { emit(entity_json(e)); });
      },
      false);
  // Figures are analyzed incident by incident, so memory does not grow with the store.
  write_array(
      out, "events",
      [&](auto emit) {
        for_each_event_record(store, [&](const EventRecord& v) {
          emit(event_json(v, analyze_figures(store, policy, v.id)));
        });
      },
      false);
  write_array(
      out, "conflicts",
      [&](auto emit) {
        for_each_event_record(store, [&](const EventRecord& v) {
          for (const MeasureReport& r : analyze_figures(store, policy, v.id))
            if (r.conflict) emit(conflict_json(r));
        });
      },
      true);
  out << "}\n";
}

}  // namespace dossier
