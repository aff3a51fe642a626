#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/pipeline/ingest.h"

namespace dossier::cli {

void add_ingest(CLI::App& app, Common& common, Runner* run) {
  auto* cmd =
      app.add_subcommand("ingest", "read reports (files, directories, - for stdin) into the store");
  auto inputs = std::make_shared<std::vector<std::string>>();
  auto options = std::make_shared<IngestOptions>();
  auto max_mb = std::make_shared<double>(64);
  cmd->add_option("PATH", *inputs, "files, directories (recursive) or - for standard input")
      ->required();
  cmd->add_option("--jobs,-j", options->jobs, "worker threads (default: all cores)")
      ->check(whole_number(1, kMaxJobs));
  cmd->add_option("--max-size", *max_mb, "reject inputs larger than this many MB (default 64)")
      ->check(megabytes());
  cmd->callback([=, &common] {
    *run = [=, &common] {
      options->db = common.db;
      options->read.max_bytes = static_cast<std::uint64_t>(*max_mb * 1024 * 1024);
      options->progress = isatty(STDERR_FILENO);
      auto models = load_models(common);
      IngestSummary summary = ingest(*inputs, *options, *models, std::cerr);
      std::cout << summary.line() << "\n";
      return summary.rejected ? kRejected : kOk;
    };
  });
}

}  // namespace dossier::cli
