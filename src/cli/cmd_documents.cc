// search, docs, show, summary: finding and reading stored documents.
#include <iostream>

#include "cli/commands.h"
#include "dossier/store/statement.h"

namespace dossier::cli {
namespace {

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

int summary(Store& store) {
  sqlite3* db = store.handle();
  auto count = [&](const char* sql) {
    Statement s(db, sql);
    s.step();
    return s.column_int(0);
  };
  std::cout << "documents  " << store.document_count() << " ("
            << count("SELECT count(*) FROM sources") << " sources, "
            << count("SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL")
            << " near-duplicates)\n";
  std::cout << "entities   " << count("SELECT count(*) FROM entities") << " ("
            << count("SELECT count(*) FROM mentions") << " mentions)\n";
  Statement types(db, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC");
  while (types.step())
    std::cout << "  " << types.column_text(0) << " " << types.column_int(1) << "\n";
  std::cout << "events     " << count("SELECT count(*) FROM events") << " ("
            << count("SELECT count(*) FROM figures") << " figures)\n";
  Statement top(
      db,
      "SELECT e.name, e.type, count(DISTINCT m.document) AS docs, count(*) FROM entities e "
      "JOIN doc_entities d ON d.entity = e.id JOIN mentions m ON m.doc_entity = d.id "
      "GROUP BY e.id ORDER BY docs DESC, count(*) DESC LIMIT 8");
  std::cout << "most reported entities:\n";
  while (top.step())
    std::cout << "  " << top.column_text(0) << " (" << top.column_text(1)
              << "): " << top.column_int(2) << " documents, " << top.column_int(3) << " mentions\n";
  Statement evs(
      db,
      "SELECT v.id, v.name, v.date, count(DISTINCT d.document) AS docs FROM events v "
      "JOIN doc_events d ON d.event = v.id GROUP BY v.id ORDER BY docs DESC, v.id LIMIT 5");
  std::cout << "most reported events:\n";
  while (evs.step())
    std::cout << "  v" << evs.column_int(0) << " " << evs.column_text(1) << " ("
              << or_dash(evs.column_text(2)) << "): " << evs.column_int(3) << " documents\n";
  return kOk;
}

}  // namespace

void add_documents(CLI::App& app, Common& common, Runner* run) {
  auto* search = app.add_subcommand("search", "full-text search (FTS5 syntax, BM25 ranking)");
  auto query = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(10);
  search->add_option("QUERY", *query, "words, \"phrases\", AND/OR/NOT, prefix*")->required();
  search->add_option("--limit,-n", *limit, "most hits to show (default 10)");
  search->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::string error;
      auto hits = store->search(*query, *limit, &error);
      if (!error.empty()) {
        std::cerr << "dossier: " << error << "\n";
        return kError;
      }
      for (const auto& h : hits)
        std::cout << "d" << h.document << "  " << or_dash(h.published) << "  " << h.source << "\n"
                  << "    " << h.snippet << "\n";
      if (hits.empty()) std::cerr << "no documents match\n";
      return hits.empty() ? kRejected : kOk;
    };
  });

  auto* docs = app.add_subcommand("docs", "list stored documents");
  docs->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      store->for_each_document([](const DocumentRow& d) {
        std::cout << "d" << d.id << "\t" << or_dash(d.published) << "\t" << or_dash(d.language)
                  << "\t" << d.text.size() << " bytes\t" << d.source
                  << (d.title.empty() ? "" : "\t" + d.title) << "\n";
      });
      return kOk;
    };
  });

  auto* show = app.add_subcommand("show", "print one document with its metadata");
  auto key = std::make_shared<std::string>();
  show->add_option("DOC", *key, "d<N>, N, a source path or an external id")->required();
  show->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      std::string k = *key;
      if (k.size() > 1 && k[0] == 'd' && std::all_of(k.begin() + 1, k.end(), ::isdigit))
        k = k.substr(1);
      auto doc = store->find_document(k);
      if (!doc) {
        std::cerr << "dossier: no document " << *key << "\n";
        return kRejected;
      }
      std::cout << "id:        d" << doc->id << "\n";
      for (const auto& s : store->sources(doc->id)) std::cout << "source:    " << s << "\n";
      if (!doc->external_id.empty()) std::cout << "id (feed): " << doc->external_id << "\n";
      if (!doc->url.empty()) std::cout << "url:       " << doc->url << "\n";
      std::cout << "title:     " << or_dash(doc->title) << "\n"
                << "published: " << or_dash(doc->published) << "\n"
                << "language:  " << or_dash(doc->language) << "\n"
                << "format:    " << doc->format << "\n"
                << "sha256:    " << doc->hash << "\n";
      if (doc->near_duplicate_of)
        std::cout << "near-duplicate of d" << doc->near_duplicate_of << "\n";
      if (doc->metadata != "{}") std::cout << "metadata:  " << doc->metadata << "\n";
      std::cout << "\n" << doc->text << "\n";
      return kOk;
    };
  });

  auto* sum = app.add_subcommand("summary", "what the store holds");
  sum->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      return store ? summary(*store) : kError;
    };
  });
}

}  // namespace dossier::cli
