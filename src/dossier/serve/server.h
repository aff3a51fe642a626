// `dossier serve`: the HTTP API and web interface over one store, opened read-only. Every
// response carries a Content-Security-Policy (default-src 'self': no inline script runs,
// nothing loads from elsewhere); requests are limited in size (64 KB body, 8 KB URI and
// headers) and time (5 s to read, 10 s to write, 5 s idle keep-alive); only GET and HEAD
// are routed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace dossier::serve {

struct ServeOptions {
  std::filesystem::path db = "dossier.db";
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port())
  // Worker threads; each holds a kept-alive HTTP connection, so this bounds concurrent
  // clients. They share min(threads, 8) read-only store connections.
  std::size_t threads = 32;
};

class Server {
 public:
  // Opens the store read-only and binds the address. Throws Error when the store cannot be
  // opened or the address bound.
  explicit Server(const ServeOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The port bound (the chosen one when options.port was 0).
  int port() const;

  // Answers requests until stop() is called (from another thread or a signal handler's
  // thread).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::serve
