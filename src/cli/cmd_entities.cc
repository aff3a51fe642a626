// entities, entity, resolve: the resolved people, organizations, places and groups.
#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/pipeline/resolve.h"
#include "dossier/query/documents.h"
#include "dossier/query/entities.h"
#include "dossier/query/page_cite.h"
#include "dossier/store/writer_lock.h"

namespace dossier::cli {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The entity `name` denotes: e<N>, or a name or alias; 0 when none.
std::int64_t entity_id(Store& store, const std::string& name) {
  if (name.size() > 1 && name[0] == 'e')
    if (auto id = parse_id(name, 'e')) return *id;
  return find_entity_named(store, name);
}

void print_aliases(const EntityDetail& e, bool why) {
  std::cout << "aliases:\n";
  std::string last;
  for (const EntityAlias& a : e.aliases) {
    if (!why && a.alias == last) continue;
    std::cout << "  " << a.alias;
    if (why)
      std::cout << "  [d" << a.document << ": in document by " << a.rule << " (" << a.confidence
                << "); \"" << a.document_name << "\" joined entity by " << a.document_rule << " ("
                << a.document_confidence << ")]";
    std::cout << "\n";
    last = a.alias;
  }
}

void print_entity(const EntityDetail& e, bool why) {
  std::cout << "e" << e.id << "  " << e.name << "  (" << e.type
            << (e.subtype.empty() ? "" : ", " + e.subtype)
            << (e.country.empty() ? "" : ", " + e.country) << ")\n";
  print_aliases(e, why);
  std::cout << "mentions:\n";
  for (const MentionContext& m : e.mentions) {
    std::string context = m.context;
    for (char& c : context)
      if (c == '\n') c = ' ';
    const std::string page = page_cite(m.page);
    std::cout << "  d" << m.document << "@" << m.start << (page.empty() ? "" : " " + page)
              << "  ..." << context << "...\n";
  }
  std::cout << "co-occurring:\n";
  for (const CoEntity& o : e.cooccurring)
    std::cout << "  e" << o.id << " " << o.name << " (" << o.type << "): " << o.documents
              << " documents\n";
}

}  // namespace

void add_entities(CLI::App& app, Common& common, Runner* run) {
  auto* list = app.add_subcommand("entities", "list resolved entities");
  auto type = std::make_shared<std::string>();
  auto doc = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(50);
  list->add_option("--type,-t", *type, "person | organization | location | group")
      ->check(CLI::IsMember({"person", "organization", "location", "group"}));
  list->add_option("--doc", *doc, "only entities of this document (d<N> or N)")->check(id_of('d'));
  list->add_option("--limit,-n", *limit, "most entities to show (default 50)")->check(positive());
  list->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      EntityFilter filter{*type, std::nullopt};
      if (!doc->empty()) filter.document = *parse_id(*doc, 'd');
      std::cout << "id\tname\ttype\tdocuments\tmentions\taliases\n";
      for (const EntityListing& e : list_entities(*store, filter, Page{*limit, 0}))
        std::cout << "e" << e.id << "\t" << e.name << "\t" << e.type << "\t" << e.documents << "\t"
                  << e.mentions << "\t" << join(e.aliases, ", ") << "\n";
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
      std::int64_t id = entity_id(*store, *name);
      auto entity = id ? entity_detail(*store, id) : std::nullopt;
      if (!entity) {
        std::cerr << "dossier: no entity named " << *name << "\n";
        return kRejected;
      }
      print_entity(*entity, *why);
      return kOk;
    };
  });

  auto* resolve =
      app.add_subcommand("resolve", "re-run entity and event resolution over the whole store");
  resolve->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::string error;
      auto lock = WriterLock::acquire(common.db, std::cerr, &error);
      if (!lock) {
        std::cerr << "dossier: " << error << "\n";
        return kError;
      }
      auto models = load_models(common);
      resolve_store(*store, *models);
      StoreCounts counts = count_rows(*store);
      std::cout << "resolved: " << counts.entities << " entities, " << counts.events << " events\n";
      return kOk;
    };
  });
}

}  // namespace dossier::cli
