// entities, entity, resolve: the resolved people, organizations, places and groups.
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "dossier/core/name_key.h"
#include "dossier/pipeline/knowledge_writer.h"
#include "dossier/store/statement.h"

namespace dossier::cli {
namespace {

// The entity whose name or alias has this name, most mentioned first; 0 when none.
std::int64_t find_entity(sqlite3* db, const std::string& name) {
  if (name.size() > 1 && name[0] == 'e' && std::all_of(name.begin() + 1, name.end(), ::isdigit))
    return std::stoll(name.substr(1));
  Statement q(db,
              "SELECT d.entity, n.alias, count(*) FROM doc_entity_names n JOIN doc_entities d "
              "ON d.id = n.doc_entity WHERE d.entity IS NOT NULL GROUP BY d.entity, n.alias "
              "ORDER BY 3 DESC");
  std::string key = name_key(name);
  while (q.step())
    if (name_key(q.column_view(1)) == key) return q.column_int(0);
  return 0;
}

int show_entity(sqlite3* db, std::int64_t e, bool why) {
  Statement head(db, "SELECT type, name, subtype, country, lex_key FROM entities WHERE id = ?");
  head.bind(1, e);
  if (!head.step()) return kRejected;
  std::cout << "e" << e << "  " << head.column_text(1) << "  (" << head.column_text(0)
            << (head.column_view(2).empty() ? "" : ", " + head.column_text(2))
            << (head.column_view(3).empty() ? "" : ", " + head.column_text(3)) << ")\n";
  head.reset();
  std::cout << "aliases:\n";
  Statement names(db,
                  "SELECT n.alias, n.rule, n.confidence, d.rule, d.confidence, d.document, d.name "
                  "FROM doc_entity_names n JOIN doc_entities d ON d.id = n.doc_entity "
                  "WHERE d.entity = ? ORDER BY n.alias, d.document");
  names.bind(1, e);
  std::string last;
  while (names.step()) {
    std::string alias = names.column_text(0);
    if (!why && alias == last) continue;
    std::cout << "  " << alias;
    if (why)
      std::cout << "  [d" << names.column_int(5) << ": in document by " << names.column_text(1)
                << " (" << names.column_double(2) << "); \"" << names.column_text(6)
                << "\" joined entity by " << names.column_text(3) << " (" << names.column_double(4)
                << ")]";
    std::cout << "\n";
    last = alias;
  }
  std::cout << "mentions:\n";
  Statement ms(db,
               "SELECT m.document, m.start, m.end, "
               "CAST(substr(CAST(doc.text AS BLOB), max(1, m.start - 59), "
               "min(m.start, 60) + (m.end - m.start) + 60) AS TEXT) "
               "FROM mentions m JOIN doc_entities d ON d.id = m.doc_entity "
               "JOIN documents doc ON doc.id = m.document WHERE d.entity = ? "
               "ORDER BY m.document, m.start LIMIT 20");
  ms.bind(1, e);
  while (ms.step()) {
    std::string ctx = ms.column_text(3);
    for (char& c : ctx)
      if (c == '\n') c = ' ';
    std::cout << "  d" << ms.column_int(0) << "@" << ms.column_int(1) << "  ..." << ctx << "...\n";
  }
  std::cout << "co-occurring:\n";
  Statement co(db,
               "SELECT o.id, o.name, o.type, count(DISTINCT a.document) FROM doc_entities a "
               "JOIN doc_entities b ON b.document = a.document AND b.entity <> a.entity "
               "JOIN entities o ON o.id = b.entity WHERE a.entity = ? GROUP BY o.id "
               "ORDER BY 4 DESC, o.name LIMIT 10");
  co.bind(1, e);
  while (co.step())
    std::cout << "  e" << co.column_int(0) << " " << co.column_text(1) << " (" << co.column_text(2)
              << "): " << co.column_int(3) << " documents\n";
  return kOk;
}

}  // namespace

void add_entities(CLI::App& app, Common& common, Runner* run) {
  auto* list = app.add_subcommand("entities", "list resolved entities");
  auto type = std::make_shared<std::string>();
  auto doc = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(50);
  list->add_option("--type,-t", *type, "person | organization | location | group")
      ->check(CLI::IsMember({"person", "organization", "location", "group"}));
  list->add_option("--doc", *doc, "only entities of this document (d<N> or N)");
  list->add_option("--limit,-n", *limit, "most entities to show (default 50)");
  list->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::string d = *doc;
      if (!d.empty() && d[0] == 'd') d = d.substr(1);
      Statement q(
          store->handle(),
          "SELECT e.id, e.name, e.type, count(DISTINCT m.document), count(m.id), "
          "(SELECT group_concat(alias, ', ') FROM (SELECT DISTINCT n.alias FROM "
          "doc_entity_names n JOIN doc_entities x ON x.id = n.doc_entity "
          "WHERE x.entity = e.id AND n.alias <> e.name)) "
          "FROM entities e JOIN doc_entities de ON de.entity = e.id "
          "JOIN mentions m ON m.doc_entity = de.id "
          "WHERE (?1 = '' OR e.type = ?1) AND (?2 = '' OR de.document = CAST(?2 AS INTEGER)) "
          "GROUP BY e.id ORDER BY 4 DESC, 5 DESC, e.name LIMIT ?3");
      q.bind_all(*type, d, *limit);
      std::cout << "id\tname\ttype\tdocuments\tmentions\taliases\n";
      while (q.step())
        std::cout << "e" << q.column_int(0) << "\t" << q.column_text(1) << "\t" << q.column_text(2)
                  << "\t" << q.column_int(3) << "\t" << q.column_int(4) << "\t" << q.column_text(5)
                  << "\n";
      return kOk;
    };
  });

  auto* one = app.add_subcommand("entity",
                                 "one entity: aliases, mentions in context, co-occurring entities");
  auto name = std::make_shared<std::string>();
  auto why = std::make_shared<bool>(false);
  one->add_option("NAME", *name, "a name or alias, or e<N>")->required();
  one->add_flag("--why", *why, "show which rule joined each alias, with its confidence");
  one->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::int64_t e = find_entity(store->handle(), *name);
      if (!e || show_entity(store->handle(), e, *why) != kOk) {
        std::cerr << "dossier: no entity named " << *name << "\n";
        return kRejected;
      }
      return kOk;
    };
  });

  auto* resolve =
      app.add_subcommand("resolve", "re-run entity and event resolution over the whole store");
  resolve->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      auto models = load_models(common);
      if (!models) return kError;
      store->begin();
      try {
        KnowledgeWriter writer(store->handle(), *models);
        writer.resolve_all();
        writer.settle_undated();
        store->commit();
      } catch (...) {
        store->rollback();
        throw;
      }
      Statement c(store->handle(),
                  "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM events)");
      c.step();
      std::cout << "resolved: " << c.column_int(0) << " entities, " << c.column_int(1)
                << " events\n";
      return kOk;
    };
  });
}

}  // namespace dossier::cli
