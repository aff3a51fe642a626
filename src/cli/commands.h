// The `dossier` subcommands. Each registers itself on the CLI11 app and runs
// when selected; each returns the process exit code. They only present: every question
// they ask is the query layer's (dossier/query/), every failure a thrown dossier::Error that
// main() reports.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "dossier/pipeline/models.h"
#include "dossier/store/store.h"

namespace dossier::cli {

// Options every command shares.
struct Common {
  std::string db = "dossier.db";
  std::string data;     // empty: the shipped data directory
  std::string aliases;  // user aliases file
  bool no_transliteration = false;
};

// Exit codes: 0 success, 1 some input rejected / nothing found, 2 usage or store error.
inline constexpr int kOk = 0, kRejected = 1, kError = 2;

// Loads models per the common options; throws Error when they cannot be read. They stay
// loaded until the process exits.
std::shared_ptr<Models> load_models(const Common& common);
// Opens an existing store; prints the error and returns null when it is missing, throws
// Error when it cannot be opened.
std::unique_ptr<Store> open_store(const Common& common, bool must_exist = true);

using Runner = std::function<int()>;
// Each adds its subcommand and stores the code to run in *run when it is chosen.
void add_ingest(CLI::App& app, Common& common, Runner* run);
void add_extract(CLI::App& app, Common& common, Runner* run);    // extract, load
void add_documents(CLI::App& app, Common& common, Runner* run);  // search, docs, show, summary
void add_export(CLI::App& app, Common& common, Runner* run);
void add_entities(CLI::App& app, Common& common, Runner* run);  // entities, entity, resolve
void add_events(CLI::App& app, Common& common, Runner* run);  // events, event, conflicts, timeline
void add_ner(CLI::App& app, Common& common, Runner* run);     // train-ner, evaluate-ner
void add_incidents(CLI::App& app, Common& common, Runner* run);  // train-/evaluate-incidents
void add_serve(CLI::App& app, Common& common, Runner* run);      // serve

}  // namespace dossier::cli
