#include "dossier/export/stix_export.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "dossier/export/uuid5.h"
#include "dossier/query/export_scope.h"
#include "dossier/query/scope_incidents.h"
#include "dossier/query/stix_source.h"
#include "dossier/store/figure_claims.h"

namespace dossier {
namespace {

using nlohmann::ordered_json;

// uuid5(NAMESPACE_URL, "urn:dossier:stix"): the namespace of every dossier STIX id.
const Uuid kNamespace = *parse_uuid("7a4f0fd4-bdeb-5114-8bb5-5d652896da91");
// When the dossier identity and extension definition were first written.
constexpr const char* kDefined = "2026-12-02T00:00:00.000Z";
// When the extension definition last changed (1.1.0: a figure's page).
constexpr const char* kExtensionModified = "2026-12-08T00:00:00.000Z";

std::string stix_id(const std::string& type, const std::string& key) {
  return type + "--" + uuid5(kNamespace, type + ":" + key);
}

const std::string& dossier_identity() {
  static const std::string id = stix_id("identity", "dossier");
  return id;
}

// "YYYY-MM-DDTHH:MM:SSZ" (ingested_at) or "YYYY-MM-DD" as a STIX timestamp in milliseconds.
std::string timestamp(std::string_view t) {
  if (t.size() == 10) return std::string(t) + "T00:00:00.000Z";
  if (t.size() == 20) return std::string(t.substr(0, 19)) + ".000Z";
  return kDefined;
}

// The properties every object shares.
ordered_json common(const std::string& type, const std::string& id, const std::string& created,
                    const std::string& modified) {
  return {{"type", type},       {"spec_version", "2.1"}, {"id", id},
          {"created", created}, {"modified", modified},  {"created_by_ref", dossier_identity()}};
}

ordered_json extension(ordered_json properties) {
  ordered_json ext = {{"extension_type", "property-extension"}};
  ext.update(properties);
  return {{stix_extension_id(), ext}};
}

// Which STIX object stands for a dossier entity.
std::string entity_sdo(std::string_view type, std::string_view subtype) {
  if (type == "location") return "location";
  if (type == "organization" && subtype == "armed_group") return "intrusion-set";
  return "identity";
}

std::string entity_key(std::string_view type, std::string_view name, std::string_view lex_key) {
  return lex_key.empty() ? std::string(type) + ":" + std::string(name)
                         : "lexicon:" + std::string(lex_key);
}

class Writer {
 public:
  Writer(StixSource& source, std::ostream& out) : source_(source), out_(out) {}

  void put(const ordered_json& object) {
    out_ << (first_ ? "\n" : ",\n")
         << object.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    first_ = false;
  }

  // The STIX id of entity `e`; "" when there is none.
  std::string entity_id(std::int64_t e) {
    std::optional<EntityIdentity> i = source_.entity_identity(e);
    return i ? stix_id(entity_sdo(i->type, i->subtype), entity_key(i->type, i->name, i->lex_key))
             : "";
  }

  // The STIX id of the report that document `document` is; "" when there is none.
  std::string report_id(std::int64_t document) {
    std::optional<std::string> hash = source_.document_hash(document);
    return hash ? stix_id("report", *hash) : "";
  }

  // The STIX id of incident `v`; "" when it is not in scope.
  std::string incident_id(std::int64_t v) {
    std::optional<std::string> key = source_.incident_key(v);
    return key ? stix_id("incident", *key) : "";
  }

  StixSource& source() const { return source_; }

 private:
  StixSource& source_;
  std::ostream& out_;
  bool first_ = true;
};

void write_preamble(Writer& w) {
  ordered_json identity = common("identity", dossier_identity(), kDefined, kDefined);
  identity["name"] = "dossier";
  identity["description"] =
      "Knowledge base of reports on political violence, extracted by dossier; every entity, "
      "incident and figure points to the report and sentence it was read from.";
  identity["identity_class"] = "system";
  w.put(identity);
  ordered_json def =
      common("extension-definition", stix_extension_id(), kDefined, kExtensionModified);
  def["name"] = "dossier";
  def["description"] =
      "What dossier knows of an entity or incident beyond core STIX: its dossier id and type; "
      "for entities the subtype, aliases and how many documents and mentions name them; for "
      "incidents the date and its precision, the country, every casualty figure a report gave "
      "(measure, low, high, qualifier, the evidence phrase and its sentence, the report and "
      "the page of it for a paged report such as a PDF, attribution and hedges) and the best "
      "estimate of each measure under a stated policy.";
  def["schema"] =
      "Property extension. Common: dossier_id (string, e<N> or v<N>), dossier_type (string). "
      "Entities: subtype (string), aliases (array of strings), documents, mentions (integers). "
      "Incidents: date (YYYY[-MM[-DD]]), date_precision (day|month|year), country (ISO 3166-1 "
      "alpha-2), estimate_policy (conservative|latest), figures (array of {measure, low, high, "
      "qualifier (exact|about|at_least|at_most|range), text, sentence, report_ref, published, "
      "page (integer from 1, only for a report with pages), attributed_to, hedges}), estimates "
      "(array of {measure, best_low, best_high, "
      "reported_low, reported_high, corroborating_reports, conflict}).";
  def["version"] = "1.1.0";
  def["extension_types"] = {"property-extension"};
  w.put(def);
}

void write_reports(Writer& w) {
  w.source().for_each_report([&](const StixReport& d) {
    std::string created = timestamp(d.ingested_at);
    ordered_json r = common("report", stix_id("report", d.hash), created, created);
    r["name"] = d.title.empty() ? d.source : d.title;
    r["report_types"] = {"threat-report"};
    r["published"] = timestamp(d.published.empty() ? d.ingested_at : d.published);
    if (!d.language.empty() && d.language != "und") r["lang"] = d.language;
    ordered_json refs = ordered_json::array();
    for (std::int64_t e : d.entities) refs.push_back(w.entity_id(e));
    for (std::int64_t v : d.incidents) refs.push_back(w.incident_id(v));
    if (refs.empty()) refs.push_back(dossier_identity());
    r["object_refs"] = refs;
    ordered_json ref = {{"source_name", "dossier"}, {"description", d.source}};
    if (!d.url.empty()) ref["url"] = d.url;
    if (!d.external_id.empty()) ref["external_id"] = d.external_id;
    ref["hashes"] = {{"SHA-256", d.hash}};
    // json::array: "= {ref}" is a copy of ref under clang, an array under gcc.
    r["external_references"] = ordered_json::array({ref});
    w.put(r);
  });
}

void write_entities(Writer& w) {
  w.source().for_each_entity([&](const StixEntity& e) {
    std::string sdo = entity_sdo(e.type, e.subtype);
    ordered_json o = common(sdo, stix_id(sdo, entity_key(e.type, e.name, e.lex_key)),
                            timestamp(e.first_ingested), timestamp(e.last_ingested));
    o["name"] = e.name;
    if (sdo == "identity") {
      o["identity_class"] = e.type == "person"  ? "individual"
                            : e.type == "group" ? "class"
                                                : "organization";
    } else if (sdo == "intrusion-set") {
      if (!e.aliases.empty()) o["aliases"] = e.aliases;
    } else {
      if (!e.country.empty()) o["country"] = e.country;
      if (e.coordinates) {
        o["latitude"] = e.coordinates->first;
        o["longitude"] = e.coordinates->second;
      }
      if (e.country.empty() && !e.coordinates) o["region"] = e.name;
    }
    ordered_json ext = {{"dossier_id", "e" + std::to_string(e.id)}, {"dossier_type", e.type}};
    if (!e.subtype.empty()) ext["subtype"] = e.subtype;
    if (!e.aliases.empty()) ext["aliases"] = e.aliases;
    ext["documents"] = e.documents;
    ext["mentions"] = e.mentions;
    o["extensions"] = extension(ext);
    w.put(o);
  });
}

// Every figure of `row` (with its report) and the best estimate of each measure.
void add_figures(Writer& w, const IncidentRow& row, ordered_json& ext) {
  ordered_json figures = ordered_json::array(), estimates = ordered_json::array();
  for (const MeasureReport& r : row.estimates) {
    for (const FigureClaim& c : r.claims) {
      ordered_json f = {{"measure", r.measure},
                        {"low", c.low},
                        {"high", c.high},
                        {"qualifier", c.qualifier},
                        {"text", c.text},
                        {"sentence", c.sentence},
                        {"report_ref", w.report_id(c.document)}};
      if (c.page > 0) f["page"] = c.page;  // only a paged report (PDF) has pages
      if (!c.published.empty()) f["published"] = c.published;
      if (!c.attributed_to.empty()) f["attributed_to"] = c.attributed_to;
      if (!c.hedges.empty()) f["hedges"] = split_hedges(c.hedges);
      figures.push_back(f);
    }
    estimates.push_back({{"measure", r.measure},
                         {"best_low", r.best_low},
                         {"best_high", r.best_high},
                         {"reported_low", r.range_low},
                         {"reported_high", r.range_high},
                         {"corroborating_reports", r.corroboration},
                         {"conflict", r.conflict}});
  }
  if (!figures.empty()) {  // STIX custom properties hold no empty lists
    ext["figures"] = figures;
    ext["estimates"] = estimates;
  }
}

// The incident object of `row`, identified by `id`.
ordered_json incident_object(Writer& w, const IncidentRow& row, EstimatePolicy policy,
                             const std::string& id, const IngestTimes& times) {
  ordered_json o = common("incident", id, timestamp(times.first), timestamp(times.last));
  o["name"] = row.name;
  std::string description = row.type;
  if (!row.date.empty()) description += " on " + row.date;
  if (row.place) description += " at " + row.place->name;
  o["description"] = description;
  ordered_json ext = {{"dossier_id", "v" + std::to_string(row.id)}, {"dossier_type", row.type}};
  if (!row.date.empty()) {
    ext["date"] = row.date;
    ext["date_precision"] = row.precision;
  }
  if (!row.country.empty()) ext["country"] = row.country;
  ext["estimate_policy"] = policy == EstimatePolicy::kLatest ? "latest" : "conservative";
  add_figures(w, row, ext);
  o["extensions"] = extension(ext);
  return o;
}

void write_incidents(Writer& w, Store& store, EstimatePolicy policy) {
  for_each_scope_incident(store, policy, [&](const IncidentRow& row) {
    IngestTimes times = w.source().incident_times(row.id);
    std::string id = w.incident_id(row.id);
    w.put(incident_object(w, row, policy, id, times));
    auto relate = [&](const char* type, const std::string& target) {
      if (target.empty()) return;
      ordered_json r =
          common("relationship", stix_id("relationship", id + ":" + type + ":" + target),
                 timestamp(times.first), timestamp(times.last));
      r["relationship_type"] = type;
      r["source_ref"] = id;
      r["target_ref"] = target;
      w.put(r);
    };
    for (const NamedEntity& p : row.perpetrators) relate("attributed-to", w.entity_id(p.id));
    for (const NamedEntity& t : row.targets) relate("targets", w.entity_id(t.id));
    if (row.place) relate("located-at", w.entity_id(row.place->id));
  });
}

// The key of the bundle's id: how many incidents, entities and documents are in scope and
// their highest ids.
std::string bundle_key(Store& store) {
  ScopeSize size = scope_size(store);
  std::string key;
  for (const ScopeTableSize& t : {size.events, size.entities, size.documents})
    key += std::to_string(t.rows) + ":" + std::to_string(t.max_id) + ";";
  return key;
}

}  // namespace

std::string stix_extension_id() {
  static const std::string id = stix_id("extension-definition", "dossier");
  return id;
}

void write_stix_export(Store& store, EstimatePolicy policy, std::ostream& out) {
  out << "{\"type\": \"bundle\", \"id\": \"" << stix_id("bundle", bundle_key(store))
      << "\", \"objects\": [";
  StixSource source(store);
  Writer w(source, out);
  write_preamble(w);
  write_reports(w);
  write_entities(w);
  write_incidents(w, store, policy);
  out << "\n]}\n";
}

}  // namespace dossier
