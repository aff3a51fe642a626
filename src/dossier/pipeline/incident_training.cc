#include "dossier/pipeline/incident_training.h"

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "dossier/core/error.h"
#include "dossier/core/hash64.h"
#include "dossier/incidents/date_choice.h"
#include "dossier/incidents/place_choice.h"
#include "dossier/pipeline/document_extraction.h"
#include "dossier/read/reader.h"

namespace dossier {
namespace {

// What the gold says of one report: the days and places that are right for its incident.
struct Truth {
  std::string group;  // the incident: folds never split one
  std::vector<PartialDate> dates;
  std::string state, city;          // registry gold, in norm_place form
  std::vector<std::string> places;  // event gold, in norm_place form
  std::string country;              // event gold: ISO 3166-1 code, or empty
};

// Lower-case ASCII words, without "county", "city", "township"; "saint" as "st", "fort"
// as "ft": how a registry's place names are compared.
std::string norm_place(std::string_view s) {
  std::string cur, out;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (std::isalnum(c)) {
      cur += static_cast<char>(std::tolower(c));
      continue;
    }
    if (c >= 0x80) continue;  // diacritics and other letters fold away
    if (cur.empty()) continue;
    if (cur == "saint") cur = "st";
    if (cur == "fort") cur = "ft";
    if (cur != "county" && cur != "city" && cur != "township")
      out += (out.empty() ? "" : " ") + cur;
    cur.clear();
  }
  return out;
}

// The string at `key`, "" when absent, null or not a string.
std::string text_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

nlohmann::json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(path.string() + ": cannot open");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw Error(path.string() + ": not a JSON object");
  return j;
}

// Report id -> its truth, from a registry or an event gold file.
std::map<std::string, Truth> read_gold(const std::filesystem::path& path, const Gazetteer& g,
                                       bool* registry) {
  const nlohmann::json j = read_json(path);
  std::map<std::string, Truth> by_document;
  *registry = j.contains("incidents") && j["incidents"].is_object();
  if (*registry) {
    for (const auto& [id, rec] : j["incidents"].items()) {
      Truth t;
      t.group = id;
      const PartialDate d = parse_iso_date(text_of(rec, "date"));
      if (d.precision() != DatePrecision::kDay)
        throw Error(path.string() + ": incident " + id + " has no day");
      t.dates.push_back(d);
      t.state = norm_place(text_of(rec, "state"));
      t.city = norm_place(text_of(rec, "city"));
      for (const auto& doc : rec.value("documents", nlohmann::json::array()))
        if (doc.is_string()) by_document[doc.get<std::string>()] = t;
    }
    return by_document;
  }
  if (!j.contains("events") || !j["events"].is_array())
    throw Error(path.string() + ": neither a registry (\"incidents\") nor event gold (\"events\")");
  // A report in several events is about the one it gives most figures of (a wire report
  // on an attack recalls older ones); on ties, the first listed that is not optional.
  std::map<std::string, std::pair<int, const nlohmann::json*>> main_event;
  for (const auto& ev : j["events"]) {
    if (!ev.is_object()) continue;
    std::map<std::string, int> figures;
    for (const auto& f : ev.value("figures", nlohmann::json::array()))
      if (f.is_object()) ++figures[text_of(f, "document")];
    const int rank_bonus = ev.value("optional", false) ? 0 : 1;
    for (const auto& doc : ev.value("documents", nlohmann::json::array())) {
      if (!doc.is_string()) continue;
      const int rank = 2 * figures[doc.get<std::string>()] + rank_bonus;
      auto [it, added] = main_event.emplace(doc.get<std::string>(), std::make_pair(rank, &ev));
      if (!added && rank > it->second.first) it->second = {rank, &ev};
    }
  }
  for (const auto& [doc, ranked] : main_event) {
    const nlohmann::json& ev = *ranked.second;
    Truth& t = by_document[doc];
    t.group = text_of(ev, "key").empty() ? doc : text_of(ev, "key");
    const PartialDate d = parse_iso_date(text_of(ev, "date"));
    if (!d.empty()) t.dates.push_back(d);
    for (const auto& p : ev.value("places", nlohmann::json::array()))
      if (p.is_string()) t.places.push_back(norm_place(p.get<std::string>()));
    for (std::uint32_t e : g.lookup(text_of(ev, "country")))
      if (g.entry(e).subtype == "country") t.country = g.entry(e).country;
  }
  return by_document;
}

int day_distance(const PartialDate& a, const PartialDate& b) {
  for (int d = 0; d <= 1; ++d)
    if (add_days(a, d) == b || add_days(a, -d) == b) return d;
  return 2;
}

// One report's two decisions, labelled; no incident when the stage settles none.
struct Example {
  std::string report, incident;
  std::vector<std::string> date_names, place_names;  // what each candidate is, for misses
  CandidateGroup dates, places;
  int rule_date = -1, rule_place = -1;         // the candidate the rules alone would take
  bool date_open = false, place_open = false;  // the models decide (page_incident.h)
};

bool names_place(const LexEntry& e, const std::vector<std::string>& places) {
  auto in = [&](const std::string& n) {
    return std::find(places.begin(), places.end(), norm_place(n)) != places.end();
  };
  return in(e.name) || std::any_of(e.aliases.begin(), e.aliases.end(), in);
}

void label_places(const Gazetteer& g, const Truth& t, const std::vector<PlaceOption>& options,
                  CandidateGroup* group) {
  auto exact = [&](std::uint32_t entry) {
    const LexEntry& e = g.entry(entry);
    if (!t.places.empty()) return names_place(e, t.places);
    return e.country == "US" && norm_place(e.name) == t.city &&
           norm_place(g.region_of(entry)) == t.state;
  };
  auto broad = [&](std::uint32_t entry) {
    const LexEntry& e = g.entry(entry);
    if (t.state.empty()) return !t.country.empty() && e.country == t.country;
    return e.country == "US" && norm_place(g.region_of(entry)) == t.state;
  };
  const bool any_exact = std::any_of(options.begin(), options.end(), [&](const PlaceOption& o) {
    return !o.none && exact(o.entry);
  });
  bool any_right = false;
  for (const PlaceOption& o : options) {
    Candidate c = o.candidate;
    c.right = !o.none && (any_exact ? exact(o.entry) : broad(o.entry));
    any_right = any_right || c.right;
    group->push_back(std::move(c));
  }
  // No place is right when no place proposed is.
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].none) (*group)[i].right = !any_right;
}

std::string report_id(const Document& doc) {
  return doc.external_id.empty() ? std::filesystem::path(doc.source).filename().string()
                                 : doc.external_id;
}

std::vector<Document> read_reports(const std::filesystem::path& path) {
  std::vector<Diagnostic> diagnostics;
  std::vector<Document> docs;
  for (const std::filesystem::path& f : expand_inputs({path.string()}, &diagnostics)) {
    ReadResult r = read_file(f, ReadOptions{});
    for (Document& d : r.documents) docs.push_back(std::move(d));
  }
  if (docs.empty()) throw Error(path.string() + ": no reports read");
  return docs;
}

Example example_of(const Models& models, const Document& doc, const Truth& t) {
  Segmentation seg;
  Extraction x = extract_by_rules(doc, models, &seg);
  const PageText page{doc.text, doc.title, doc.published, &seg};
  if (x.events.empty()) {
    DocEvent lead;
    if (lead_incident(page, &lead)) x.events.push_back(std::move(lead));
  }
  const int main = settled_incident(x.events, doc.published);
  if (main < 0 && !x.events.empty()) return {};
  PartialDate rule_date;
  std::string rule_how;
  std::string rule_country;
  std::int64_t rule_entry = -1;
  if (main >= 0) {
    const DocEvent& ev = x.events[static_cast<std::size_t>(main)];
    rule_date = ev.date;
    rule_how = ev.date_rule;
    rule_country = ev.country;
    if (ev.location >= 0) rule_entry = x.entities[ev.location].entry;
  }
  Example ex;
  ex.report = report_id(doc);
  ex.incident = t.group;
  ex.date_open = date_is_open(rule_date);
  ex.place_open = place_is_open(*models.gazetteer, rule_entry);
  std::vector<DateOption> dates = propose_dates(doc.text, seg, parse_iso_date(doc.published),
                                                rule_date, rule_how, rule_country);
  bool any_day = false;
  for (DateOption& o : dates) {
    if (o.kind == "keep" || o.kind == "month") continue;
    o.candidate.right = std::any_of(t.dates.begin(), t.dates.end(), [&](const PartialDate& d) {
      return d.precision() == DatePrecision::kDay && day_distance(o.date, d) <= 1;
    });
    any_day = any_day || o.candidate.right;
  }
  for (DateOption& o : dates) {
    // A month the report names, or keeping the rules' coarser date (or none), is right when
    // no day is right and it holds the incident.
    if (o.kind == "keep" || o.kind == "month")
      o.candidate.right =
          !any_day &&
          (o.date.empty() || std::any_of(t.dates.begin(), t.dates.end(), [&](const PartialDate& d) {
             return dates_compatible(o.date, d);
           }));
    if (o.date == rule_date || (ex.rule_date < 0 && o.kind == "pub"))
      ex.rule_date = static_cast<int>(ex.dates.size());
    ex.dates.push_back(std::move(o.candidate));
    ex.date_names.push_back(o.kind + " " + (o.date.empty() ? "-" : o.date.iso()));
  }
  const std::vector<PlaceOption> places =
      propose_places(doc.text, seg, doc.title, *models.gazetteer, rule_entry, x.mentions);
  label_places(*models.gazetteer, t, places, &ex.places);
  for (const PlaceOption& o : places) {
    const std::string region = o.none ? "" : models.gazetteer->region_of(o.entry);
    ex.place_names.push_back(o.none ? "none"
                                    : models.gazetteer->entry(o.entry).name +
                                          (region.empty() ? "" : ", " + region));
  }
  for (std::size_t i = 0; i < places.size(); ++i)
    if (places[i].none ? rule_entry < 0 : static_cast<std::int64_t>(places[i].entry) == rule_entry)
      ex.rule_place = static_cast<int>(i);
  return ex;
}

// The labelled examples of every set, set by set.
std::vector<std::vector<Example>> examples(const Models& models, const IncidentTrainingArgs& args,
                                           std::vector<bool>* registry) {
  std::vector<std::vector<Example>> out;
  for (const TrainingSet& set : args.sets) {
    bool is_registry = false;
    const std::map<std::string, Truth> gold = read_gold(set.gold, *models.gazetteer, &is_registry);
    registry->push_back(is_registry);
    auto& exs = out.emplace_back();
    for (const Document& doc : read_reports(set.reports)) {
      auto it = gold.find(report_id(doc));
      if (it == gold.end()) continue;
      Example ex = example_of(models, doc, it->second);
      if (!ex.incident.empty()) exs.push_back(std::move(ex));
    }
    if (exs.empty()) throw Error(set.reports.string() + ": no report the gold names");
  }
  return out;
}

// Over every report: the model's choice where it decides, the rules' elsewhere.
struct Tally {
  std::size_t reports = 0, reachable = 0, chosen = 0, rules = 0;
  void add(const CandidateGroup& g, bool open, int model_choice, int rule) {
    const int choice = open ? model_choice : rule;
    ++reports;
    bool any = false;
    for (const Candidate& c : g) any = any || c.right;
    reachable += any;
    chosen += choice >= 0 && g[static_cast<std::size_t>(choice)].right;
    rules += rule >= 0 && g[static_cast<std::size_t>(rule)].right;
  }
};

void print(std::ostream& out, const char* name, const Tally& t, const char* model_label) {
  auto share = [&](std::size_t n) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(3);
    s << static_cast<double>(n) / static_cast<double>(std::max<std::size_t>(1, t.reports));
    return s.str();
  };
  out << name << ": " << t.reports << " reports, right candidate proposed " << share(t.reachable)
      << ", " << model_label << " " << share(t.chosen) << ", rules alone " << share(t.rules)
      << '\n';
}

int fold_of(const std::string& incident, int folds) {
  Hash64 h;
  for (char c : incident) h.add_byte(static_cast<unsigned char>(c));
  return static_cast<int>(h.value() % static_cast<std::uint64_t>(folds));
}

std::string set_name(const TrainingSet& set) { return set.reports.filename().string(); }

}  // namespace

int run_train_incidents(const Models& models, const IncidentTrainingArgs& args, std::ostream& out,
                        std::ostream& err) {
  try {
    std::vector<bool> registry;
    const std::vector<std::vector<Example>> data = examples(models, args, &registry);
    TrainOptions opts;
    opts.epochs = args.epochs;
    // Training groups of every set but the held-out fold, of the reports where the model
    // decides; event-gold sets weigh more.
    auto groups = [&](int held_out, bool dates) {
      std::vector<CandidateGroup> g;
      for (std::size_t s = 0; s < data.size(); ++s)
        for (const Example& e : data[s]) {
          if (held_out >= 0 && fold_of(e.incident, args.folds) == held_out) continue;
          if (!(dates ? e.date_open : e.place_open)) continue;
          for (int r = 0; r < (registry[s] ? 1 : args.event_gold_weight); ++r)
            g.push_back(dates ? e.dates : e.places);
        }
      return g;
    };
    std::vector<Tally> dates(data.size()), places(data.size());
    for (int k = 0; k < args.folds; ++k) {
      const Chooser date = Chooser::train(groups(k, true), opts);
      const Chooser place = Chooser::train(groups(k, false), opts);
      for (std::size_t s = 0; s < data.size(); ++s)
        for (const Example& e : data[s]) {
          if (fold_of(e.incident, args.folds) != k) continue;
          dates[s].add(e.dates, e.date_open, date.choose(e.dates), e.rule_date);
          places[s].add(e.places, e.place_open, place.choose(e.places), e.rule_place);
        }
    }
    const std::string label = std::to_string(args.folds) + "-fold model";
    for (std::size_t s = 0; s < data.size(); ++s) {
      out << set_name(args.sets[s]) << '\n';
      print(out, "  date", dates[s], label.c_str());
      print(out, "  place", places[s], label.c_str());
    }
    if (args.out_dir.empty()) return 0;
    std::filesystem::create_directories(args.out_dir);
    std::string header = "dossier train-incidents, " + std::to_string(args.epochs) + " epochs, on";
    for (std::size_t s = 0; s < data.size(); ++s)
      header += " " + set_name(args.sets[s]) + " (" + std::to_string(data[s].size()) + ")";
    Chooser::train(groups(-1, true), opts).save(args.out_dir / "date.model", header);
    Chooser::train(groups(-1, false), opts).save(args.out_dir / "place.model", header);
    out << "wrote " << (args.out_dir / "date.model").string() << " and "
        << (args.out_dir / "place.model").string() << '\n';
    return 0;
  } catch (const Error& e) {
    err << "train-incidents: " << e.what() << '\n';
    return 2;
  }
}

// "  report: chose X (f +1.2, g -0.3), right Y" when the model chose a wrong candidate
// of a reachable group.
void print_miss(std::ostream& out, const std::string& report, const Chooser& model,
                const CandidateGroup& g, const std::vector<std::string>& names, int choice) {
  if (choice < 0 || g[static_cast<std::size_t>(choice)].right) return;
  const auto right = std::find_if(g.begin(), g.end(), [](const Candidate& c) { return c.right; });
  if (right == g.end()) return;
  out << "    " << report << ": chose " << names[static_cast<std::size_t>(choice)] << " (";
  int shown = 0;
  for (const auto& [feature, weight] :
       model.explain(g[static_cast<std::size_t>(choice)].features)) {
    if (shown++ == 4) break;
    out << (shown > 1 ? ", " : "") << feature << ' ' << std::showpos << weight << std::noshowpos;
  }
  out << "), right " << names[static_cast<std::size_t>(right - g.begin())] << '\n';
}

int run_evaluate_incidents(const Models& models, const IncidentTrainingArgs& args,
                           std::ostream& out, std::ostream& err) {
  try {
    std::vector<bool> registry;
    const std::vector<std::vector<Example>> data = examples(models, args, &registry);
    const Chooser& date = models.incidents.date;
    const Chooser& place = models.incidents.place;
    for (std::size_t s = 0; s < data.size(); ++s) {
      Tally dates, places;
      for (const Example& e : data[s]) {
        dates.add(e.dates, e.date_open, date.choose(e.dates), e.rule_date);
        places.add(e.places, e.place_open, place.choose(e.places), e.rule_place);
      }
      out << set_name(args.sets[s]) << '\n';
      print(out, "  date", dates, "model");
      print(out, "  place", places, "model");
      for (const bool dates_now : {true, false}) {
        int listed = 0;
        for (const Example& e : data[s]) {
          if (listed >= args.misses) break;
          if (!(dates_now ? e.date_open : e.place_open)) continue;
          const CandidateGroup& g = dates_now ? e.dates : e.places;
          const Chooser& model = dates_now ? date : place;
          const int choice = model.choose(g);
          if (choice < 0 || g[static_cast<std::size_t>(choice)].right) continue;
          if (listed++ == 0) out << (dates_now ? "  wrong dates:\n" : "  wrong places:\n");
          print_miss(out, e.report, model, g, dates_now ? e.date_names : e.place_names, choice);
        }
      }
    }
    return 0;
  } catch (const Error& e) {
    err << "evaluate-incidents: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace dossier
