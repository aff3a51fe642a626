#include <iostream>

#include "cli/commands.h"
#include "dossier/export/json_export.h"

namespace dossier::cli {

void add_export(CLI::App& app, Common& common, Runner* run) {
  auto* cmd = app.add_subcommand("export", "write the knowledge base for other tools");
  auto format = std::make_shared<std::string>("json");
  auto policy = std::make_shared<std::string>("conservative");
  cmd->add_option("--format,-f", *format, "json")->check(CLI::IsMember({"json"}));
  cmd->add_option("--policy", *policy, "best-estimate policy: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  cmd->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      EstimatePolicy p;
      parse_policy(*policy, &p);
      write_json_export(store->handle(), p, std::cout);
      return kOk;
    };
  });
}

}  // namespace dossier::cli
