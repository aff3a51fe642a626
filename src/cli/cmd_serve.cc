// serve: the HTTP API and web interface over the store (dossier/serve/server.h).
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "dossier/serve/server.h"

namespace dossier::cli {

void add_serve(CLI::App& app, Common& common, Runner* run) {
  auto* serve =
      app.add_subcommand("serve", "serve the store read-only over HTTP (API and web pages)");
  auto options = std::make_shared<serve::ServeOptions>();
  serve->add_option("--port", options->port, "TCP port (default 8080; 0 picks a free one)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", options->bind, "address to listen on (default 127.0.0.1)");
  serve
      ->add_option("--threads", options->threads,
                   "worker threads, i.e. concurrent clients (default 32)")
      ->check(CLI::Range(1, 256));
  serve->callback([&common, options, run] {
    *run = [&common, options] {
      if (!std::filesystem::exists(common.db)) {
        std::cerr << "dossier: " << common.db << ": no such store (run `dossier ingest` first)\n";
        return kError;
      }
      options->db = common.db;
      serve::Server server(*options);
      std::cerr << "dossier: serving " << common.db << " read-only at http://" << options->bind
                << ":" << server.port() << "/\n";
      server.run();
      return kOk;
    };
  });
}

}  // namespace dossier::cli
