// extract, load: ingest in two steps, for extraction on other machines.
#include <iostream>

#include "cli/commands.h"
#include "dossier/pipeline/load.h"

namespace dossier::cli {

void add_extract(CLI::App& app, Common& common, Runner* run) {
  auto* extract = app.add_subcommand(
      "extract", "extract reports without a store: one JSON line per document on stdout");
  auto inputs = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<IngestOptions>();
  auto max_mb = std::make_shared<double>(64);
  extract->add_option("PATH", *inputs, "files, directories or - (default: standard input)");
  extract->add_option("--jobs,-j", options->jobs, "worker threads (default: all cores)");
  extract->add_option("--max-size", *max_mb, "reject inputs larger than this many MB (default 64)");
  extract->callback([=, &common] {
    *run = [=, &common] {
      options->read.max_bytes = static_cast<std::uint64_t>(*max_mb * 1024 * 1024);
      auto models = load_models(common);
      IngestSummary summary;
      std::vector<std::string> paths = inputs->empty() ? std::vector<std::string>{"-"} : *inputs;
      extract_to_lines(paths, *options, *models, &summary, std::cout, std::cerr);
      return summary.rejected ? kRejected : kOk;
    };
  });

  auto* load = app.add_subcommand(
      "load", "store the lines of `dossier extract` and resolve them, as ingest would");
  auto files = std::make_shared<std::vector<std::string>>();
  load->add_option("FILE", *files, "extraction lines (- for standard input), in input order")
      ->required();
  load->callback([=, &common] {
    *run = [=, &common] {
      auto models = load_models(common);
      IngestOptions load_options;
      load_options.db = common.db;
      IngestSummary summary = load_lines(*files, load_options, *models, std::cerr);
      std::cout << summary.line() << "\n";
      return summary.rejected ? kRejected : kOk;
    };
  });
}

}  // namespace dossier::cli
