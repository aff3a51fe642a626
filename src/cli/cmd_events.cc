// events, event, conflicts, timeline: incidents and the figures sources gave.
#include <iostream>

#include "cli/commands.h"
#include "dossier/analyze/figure_analysis.h"
#include "dossier/core/name_key.h"
#include "dossier/store/statement.h"

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

std::string event_line(Statement& q) {
  return "v" + std::to_string(q.column_int(0)) + "\t" + or_dash(q.column_text(1)) + "\t" +
         q.column_text(2) + "\t" + q.column_text(3) + "\t" + or_dash(q.column_text(4));
}

struct Filters {
  std::string from, to, type, place;
};

// Events in date order with their place name; filters may be empty.
Statement select_events(sqlite3* db, const Filters& f) {
  Statement q(db,
              "SELECT v.id, v.date, v.type, v.name, l.name, "
              "(SELECT count(DISTINCT document) FROM doc_events WHERE event = v.id) "
              "FROM events v LEFT JOIN entities l ON l.id = v.location "
              "WHERE (?1 = '' OR (v.date <> '' AND substr(v.date || '-99-99', 1, 10) >= ?1)) "
              "AND (?2 = '' OR (v.date <> '' AND v.date <= ?2)) "
              "AND (?3 = '' OR v.type = ?3) "
              "AND (?4 = '' OR lower(COALESCE(l.name, '')) LIKE '%' || lower(?4) || '%' "
              "     OR lower(v.name) LIKE '%' || lower(?4) || '%') "
              "ORDER BY v.date = '', v.date, v.id");
  q.bind_all(f.from, f.to, f.type, f.place);
  return q;
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
    std::cout << "    " << or_dash(c.published) << "  d" << c.document << "  "
              << range(c.low, c.high, c.qualifier) << "  \"" << c.text << "\""
              << (c.attributed_to.empty() ? "" : "  according to " + c.attributed_to)
              << (c.hedges.empty() ? "" : "  [" + c.hedges + "]") << "\n"
              << "        " << sentence << "\n";
  }
}

}  // namespace

void add_events(CLI::App& app, Common& common, Runner* run) {
  auto policy = std::make_shared<std::string>("conservative");
  auto estimate = [policy] {
    EstimatePolicy p;
    parse_policy(*policy, &p);
    return p;
  };

  auto* list = app.add_subcommand("events", "list incidents in date order");
  auto f = std::make_shared<Filters>();
  list->add_option("--from", f->from, "first date (YYYY[-MM[-DD]])");
  list->add_option("--to", f->to, "last date (YYYY[-MM[-DD]])");
  list->add_option("--type", f->type, "attack, bombing, shooting, ...");
  list->add_option("--place", f->place, "part of the place name");
  list->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      Statement q = select_events(store->handle(), *f);
      std::cout << "id\tdate\ttype\tname\tplace\tdocuments\n";
      while (q.step()) std::cout << event_line(q) << "\t" << q.column_int(5) << "\n";
      return kOk;
    };
  });

  auto* one = app.add_subcommand(
      "event", "one incident: every figure with its sentence, source and attribution");
  auto id = std::make_shared<std::string>();
  one->add_option("ID", *id, "v<N> or N")->required();
  one->add_option("--policy", *policy, "best estimate: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  one->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::string k = (*id)[0] == 'v' ? id->substr(1) : *id;
      std::int64_t v = std::atoll(k.c_str());
      sqlite3* db = store->handle();
      Statement q(db,
                  "SELECT v.id, v.date, v.type, v.name, l.name FROM events v "
                  "LEFT JOIN entities l ON l.id = v.location WHERE v.id = ?");
      q.bind(1, v);
      if (!q.step()) {
        std::cerr << "dossier: no event " << *id << "\n";
        return kRejected;
      }
      std::cout << event_line(q) << "\n";
      Statement perps(db,
                      "SELECT DISTINCT e.name FROM doc_events d JOIN doc_event_perpetrators p "
                      "ON p.doc_event = d.id JOIN doc_entities x ON x.id = p.doc_entity "
                      "JOIN entities e ON e.id = x.entity WHERE d.event = ?");
      perps.bind(1, v);
      std::cout << "perpetrators:";
      while (perps.step()) std::cout << " " << perps.column_text(0) << ";";
      Statement targets(db,
                        "SELECT DISTINCT e.name FROM doc_events d JOIN doc_event_targets t "
                        "ON t.doc_event = d.id JOIN doc_entities x ON x.id = t.doc_entity "
                        "JOIN entities e ON e.id = x.entity WHERE d.event = ?");
      targets.bind(1, v);
      std::cout << "\ntargets:";
      while (targets.step()) std::cout << " " << targets.column_text(0) << ";";
      std::cout << "\nreported in:";
      Statement docs(
          db, "SELECT DISTINCT document, rule FROM doc_events WHERE event = ? ORDER BY document");
      docs.bind(1, v);
      while (docs.step())
        std::cout << " d" << docs.column_int(0) << " (" << docs.column_text(1) << ")";
      std::cout << "\nfigures:\n";
      for (const auto& r : analyze_figures(db, estimate(), v)) print_report(r);
      return kOk;
    };
  });

  auto* conflicts =
      app.add_subcommand("conflicts", "figures sources disagree on, oldest report first");
  conflicts->add_option("--policy", *policy, "best estimate: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  conflicts->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      sqlite3* db = store->handle();
      int n = 0;
      Statement name(db, "SELECT name, date FROM events WHERE id = ?");
      for (const auto& r : analyze_figures(db, estimate())) {
        if (!r.conflict) continue;
        name.bind(1, r.event);
        name.step();
        std::cout << "v" << r.event << " " << name.column_text(0) << " ("
                  << or_dash(name.column_text(1)) << ")\n";
        name.reset();
        print_report(r);
        ++n;
      }
      if (!n) std::cout << "no conflicting figures\n";
      return kOk;
    };
  });

  auto* timeline = app.add_subcommand("timeline", "incidents and reported figures by date");
  timeline->add_option("--from", f->from, "first date");
  timeline->add_option("--to", f->to, "last date");
  timeline->add_option("--place", f->place, "part of the place name");
  timeline->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      sqlite3* db = store->handle();
      auto reports = analyze_figures(db, estimate());
      Statement q = select_events(db, *f);
      while (q.step()) {
        std::int64_t v = q.column_int(0);
        std::cout << or_dash(q.column_text(1)) << "  v" << v << "  " << q.column_text(3) << "\n";
        for (const auto& r : reports)
          if (r.event == v)
            std::cout << "      " << r.measure << " " << range(r.best_low, r.best_high)
                      << (r.range_low != r.range_high
                              ? " (reported " + range(r.range_low, r.range_high) + ")"
                              : "")
                      << (r.conflict ? " CONFLICT" : "") << "\n";
      }
      return kOk;
    };
  });
}

}  // namespace dossier::cli
