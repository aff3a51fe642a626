#include <iostream>

#include "cli/commands.h"
#include "dossier/core/data_dir.h"
#include "dossier/core/error.h"
#include "dossier/store/statement.h"

namespace dossier::cli {

std::shared_ptr<Models> load_models(const Common& common) {
  ModelOptions options;
  options.data_dir = common.data.empty() ? data_dir() : std::filesystem::path(common.data);
  options.user_aliases = common.aliases;
  options.transliteration = !common.no_transliteration;
  std::shared_ptr<Models> models = Models::load(options);
  // Kept, never freed: exit returns their memory at once, while freeing the lexicon's
  // 100,000 entries one by one costs a tenth of a command's instructions on a small input.
  static auto* kept = new std::vector<std::shared_ptr<Models>>;
  kept->push_back(models);
  return models;
}

std::unique_ptr<Store> open_store(const Common& common, bool must_exist) {
  if (must_exist && !std::filesystem::exists(common.db)) {
    std::cerr << "dossier: " << common.db << ": no such store (run `dossier ingest` first)\n";
    return nullptr;
  }
  return Store::open(common.db);
}

}  // namespace dossier::cli

int main(int argc, char** argv) {
  using namespace dossier::cli;
  CLI::App app{"dossier: a sourced knowledge base from reports on political violence"};
  app.require_subcommand(1);
  Common common;
  app.add_option("--db", common.db, "SQLite store (default ./dossier.db)")->expected(1);
  app.add_option("--data", common.data, "data directory with lexicons and the NER model");
  app.add_option("--aliases", common.aliases, "analyst aliases file (never/same/distinct rules)");
  app.add_flag("--no-transliteration", common.no_transliteration,
               "do not match names across scripts");
  app.fallthrough();
  Runner run;
  add_ingest(app, common, &run);
  add_extract(app, common, &run);
  add_documents(app, common, &run);
  add_export(app, common, &run);
  add_entities(app, common, &run);
  add_events(app, common, &run);
  add_ner(app, common, &run);
  add_incidents(app, common, &run);
  add_serve(app, common, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kError;
  }
  try {
    return run ? run() : kError;
  } catch (const dossier::StoreError& e) {
    std::cerr << "dossier: " << common.db << ": " << e.what() << "\n";
    return kError;
  } catch (const dossier::Error& e) {
    std::cerr << "dossier: " << e.what() << "\n";
    return kError;
  } catch (const std::exception& e) {
    std::cerr << "dossier: " << e.what() << "\n";
    return kError;
  }
}
