// events, event, conflicts, timeline: incidents and the figures sources gave.
#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/query/events.h"
#include "dossier/query/page_cite.h"

namespace dossier::cli {
namespace {

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

std::string range(std::int64_t low, std::int64_t high, const std::string& qualifier = "exact") {
  std::string v =
      low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
  if (qualifier == "about") return "about " + v;
  if (qualifier == "at_least") return "at least " + v;
  if (qualifier == "at_most") return "at most " + v;
  return v;
}

// " p. 4" for evidence on page 4, "" for a document without pages.
std::string on_page(std::int64_t page) { return page > 0 ? " " + page_cite(page) : ""; }

// Where a report's publication date came from, when not from its own metadata.
std::string published_from(const std::string& from) {
  if (from == "dateline") return "from its dateline";
  if (from == "pdf_created") return "from the PDF's creation date";
  return from;
}

std::string event_line(const EventListing& e) {
  return "v" + std::to_string(e.id) + "\t" + or_dash(e.date) + "\t" + e.type + "\t" + e.name +
         "\t" + or_dash(e.place);
}

void print_report(const MeasureReport& r) {
  std::cout << "  " << r.measure << ": best estimate " << range(r.best_low, r.best_high)
            << " (reported " << range(r.range_low, r.range_high) << "; " << r.corroboration
            << " agreeing document" << (r.corroboration == 1 ? "" : "s") << ")"
            << (r.conflict ? "  CONFLICT" : "") << "\n";
  for (const FigureClaim& c : r.claims) {
    std::string sentence = c.sentence;
    for (char& ch : sentence)
      if (ch == '\n') ch = ' ';
    std::cout << "    " << or_dash(c.published) << "  d" << c.document << on_page(c.page) << "  "
              << range(c.low, c.high, c.qualifier) << "  \"" << c.text << "\""
              << (c.attributed_to.empty() ? "" : "  according to " + c.attributed_to)
              << (c.hedges.empty() ? "" : "  [" + c.hedges + "]") << "\n"
              << "        " << sentence << "\n";
  }
}

void print_event(const EventDetail& d) {
  std::cout << event_line(d.event) << "\n";
  std::cout << "perpetrators:";
  for (const auto& name : d.perpetrators) std::cout << " " << name << ";";
  std::cout << "\ntargets:";
  for (const auto& name : d.targets) std::cout << " " << name << ";";
  std::cout << "\nreported in:";
  for (const EventReport& r : d.reports) std::cout << " d" << r.document << " (" << r.rule << ")";
  std::cout << "\nfigures:\n";
  for (const auto& r : d.figures) print_report(r);
}

// Each report's account: how its date and place were read, why it joined, why each figure
// counts this incident.
void print_evidence(const std::vector<ReportEvidence>& reports) {
  std::cout << "why:\n";
  for (const ReportEvidence& r : reports) {
    // An undated report that joined no dated incident says why it was kept apart.
    constexpr std::string_view kApart = "kept apart: ";
    if (r.join_rule.starts_with(kApart))
      std::cout << "  d" << r.document << " " << r.name << ": kept apart ("
                << r.join_rule.substr(kApart.size()) << ")\n";
    else
      std::cout << "  d" << r.document << " " << r.name << ": joined (" << r.join_rule << ")\n";
    std::cout << "    date " << or_dash(r.date);
    if (!r.date.empty())
      std::cout << " (" << r.date_rule << (r.date_text.empty() ? "" : ": \"" + r.date_text + "\"")
                << ")";
    std::cout << "\n";
    if (!r.published_from.empty())
      std::cout << "    published " << r.published << " (" << published_from(r.published_from)
                << ")\n";
    if (!r.place_rule.empty()) std::cout << "    place: " << r.place_rule << "\n";
    for (const auto& f : r.figures)
      std::cout << "    " << f.measure << " " << range(f.low, f.high) << " \"" << f.text << "\""
                << on_page(f.page) << ": " << f.rule << "\n";
  }
}

void print_timeline_entry(const TimelineEntry& t) {
  std::cout << or_dash(t.event.date) << "  v" << t.event.id << "  " << t.event.name << "\n";
  for (const MeasureReport& r : t.estimates)
    std::cout << "      " << r.measure << " " << range(r.best_low, r.best_high)
              << (r.range_low != r.range_high
                      ? " (reported " + range(r.range_low, r.range_high) + ")"
                      : "")
              << (r.conflict ? " CONFLICT" : "") << "\n";
}

using SharedFilter = std::shared_ptr<EventFilter>;
using SharedPolicy = std::shared_ptr<std::string>;

EstimatePolicy estimate(const std::string& name) {
  EstimatePolicy p;
  parse_policy(name, &p);
  return p;
}

void add_events_command(CLI::App& app, Common& common, Runner* run, const SharedFilter& f) {
  auto* list = app.add_subcommand("events", "list incidents in date order");
  list->add_option("--from", f->from, "first date (YYYY[-MM[-DD]])");
  list->add_option("--to", f->to, "last date (YYYY[-MM[-DD]])");
  list->add_option("--type", f->type, "attack, bombing, shooting, ...");
  list->add_option("--place", f->place, "part of the place name");
  list->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::cout << "id\tdate\ttype\tname\tplace\tdocuments\n";
      for (const EventListing& e : list_events(*store, *f))
        std::cout << event_line(e) << "\t" << e.documents << "\n";
      return kOk;
    };
  });
}

void add_event_command(CLI::App& app, Common& common, Runner* run, const SharedPolicy& policy) {
  auto* one = app.add_subcommand(
      "event", "one incident: every figure with its sentence, source and attribution");
  auto id = std::make_shared<std::string>();
  one->add_option("ID", *id, "v<N> or N")->required()->check(id_of('v'));
  one->add_option("--policy", *policy, "best estimate: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  auto why = std::make_shared<bool>(false);
  one->add_flag("--why", *why,
                "how each report was dated and placed, why it and each figure joined");
  one->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      auto detail = event_detail(*store, *parse_id(*id, 'v'), estimate(*policy));
      if (!detail) {
        std::cerr << "dossier: no event " << *id << "\n";
        return kRejected;
      }
      print_event(*detail);
      if (*why) print_evidence(event_evidence(*store, detail->event.id));
      return kOk;
    };
  });
}

void add_conflicts_command(CLI::App& app, Common& common, Runner* run, const SharedPolicy& policy) {
  auto* conflicts =
      app.add_subcommand("conflicts", "figures sources disagree on, oldest report first");
  conflicts->add_option("--policy", *policy, "best estimate: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  conflicts->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      auto entries = list_conflicts(*store, estimate(*policy));
      for (const ConflictEntry& c : entries) {
        std::cout << "v" << c.event << " " << c.name << " (" << or_dash(c.date) << ")\n";
        print_report(c.report);
      }
      if (entries.empty()) std::cout << "no conflicting figures\n";
      return kOk;
    };
  });
}

void add_timeline_command(CLI::App& app, Common& common, Runner* run, const SharedFilter& f,
                          const SharedPolicy& policy) {
  auto* timeline = app.add_subcommand("timeline", "incidents and reported figures by date");
  timeline->add_option("--from", f->from, "first date");
  timeline->add_option("--to", f->to, "last date");
  timeline->add_option("--place", f->place, "part of the place name");
  timeline->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      for (const TimelineEntry& t : dossier::timeline(*store, *f, estimate(*policy)))
        print_timeline_entry(t);
      return kOk;
    };
  });
}

}  // namespace

void add_events(CLI::App& app, Common& common, Runner* run) {
  // `events` and `timeline` share the filter, `event`, `conflicts` and `timeline` the policy.
  auto filter = std::make_shared<EventFilter>();
  auto policy = std::make_shared<std::string>("conservative");
  add_events_command(app, common, run, filter);
  add_event_command(app, common, run, policy);
  add_conflicts_command(app, common, run, policy);
  add_timeline_command(app, common, run, filter, policy);
}

}  // namespace dossier::cli
