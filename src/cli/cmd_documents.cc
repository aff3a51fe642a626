// search, docs, show, summary: finding and reading stored documents.
#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/query/documents.h"

namespace dossier::cli {
namespace {

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

void print_summary(const StoreSummary& s) {
  const StoreCounts& c = s.counts;
  std::cout << "documents  " << c.documents << " (" << c.sources << " sources, "
            << c.near_duplicates << " near-duplicates)\n";
  std::cout << "entities   " << c.entities << " (" << c.mentions << " mentions)\n";
  for (const TypeCount& t : s.entity_types) std::cout << "  " << t.type << " " << t.count << "\n";
  std::cout << "events     " << c.events << " (" << c.figures << " figures)\n";
  std::cout << "most reported entities:\n";
  for (const ReportedEntity& e : s.top_entities)
    std::cout << "  " << e.name << " (" << e.type << "): " << e.documents << " documents, "
              << e.mentions << " mentions\n";
  std::cout << "most reported events:\n";
  for (const ReportedEvent& v : s.top_events)
    std::cout << "  v" << v.id << " " << v.name << " (" << or_dash(v.date) << "): " << v.documents
              << " documents\n";
}

void print_document(const DocumentDetail& detail) {
  const DocumentRow& doc = detail.document;
  std::cout << "id:        d" << doc.id << "\n";
  for (const auto& s : detail.sources) std::cout << "source:    " << s << "\n";
  if (!doc.external_id.empty()) std::cout << "id (feed): " << doc.external_id << "\n";
  if (!doc.url.empty()) std::cout << "url:       " << doc.url << "\n";
  std::cout << "title:     " << or_dash(doc.title) << "\n"
            << "published: " << or_dash(doc.published) << "\n"
            << "language:  " << or_dash(doc.language) << "\n"
            << "format:    " << doc.format << "\n"
            << "sha256:    " << doc.hash << "\n";
  if (!doc.page_starts.empty()) std::cout << "pages:     " << doc.page_starts.size() << "\n";
  if (doc.near_duplicate_of) std::cout << "near-duplicate of d" << doc.near_duplicate_of << "\n";
  if (doc.metadata != "{}") std::cout << "metadata:  " << doc.metadata << "\n";
  std::cout << "\n" << doc.text << "\n";
}

}  // namespace

void add_documents(CLI::App& app, Common& common, Runner* run) {
  auto* search = app.add_subcommand("search", "full-text search (FTS5 syntax, BM25 ranking)");
  auto query = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(10);
  search->add_option("QUERY", *query, "words, \"phrases\", AND/OR/NOT, prefix*")->required();
  search->add_option("--limit,-n", *limit, "most hits to show (default 10)")->check(positive());
  search->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      auto hits = dossier::search(*store, *query, Page{std::max(*limit, 0), 0});
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
      for (const DocumentListing& d : list_documents(*store))
        std::cout << "d" << d.id << "\t" << or_dash(d.published) << "\t" << or_dash(d.language)
                  << "\t" << d.bytes << " bytes\t" << d.source
                  << (d.title.empty() ? "" : "\t" + d.title) << "\n";
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
      auto doc = find_document_detail(*store, k);
      if (!doc) {
        std::cerr << "dossier: no document " << *key << "\n";
        return kRejected;
      }
      print_document(*doc);
      return kOk;
    };
  });

  auto* sum = app.add_subcommand("summary", "what the store holds");
  sum->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      print_summary(summarize(*store));
      return kOk;
    };
  });
}

}  // namespace dossier::cli
