#include "dossier/serve/server.h"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include "dossier/serve/api.h"
#include "dossier/serve/assets.h"
#include "dossier/serve/html.h"
#include "dossier/serve/pages.h"
#include "dossier/serve/request_params.h"
#include "dossier/serve/store_pool.h"
#include "dossier/store/statement.h"

namespace dossier::serve {
namespace {

constexpr const char* kPolicy =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

// The status and message a handler's exception answers with.
std::pair<int, std::string> failure(std::exception_ptr thrown) {
  try {
    std::rethrow_exception(thrown);
  } catch (const HttpError& e) {
    return {e.status(), e.what()};
  } catch (const StoreError& e) {
    return {500, std::string("store error: ") + e.what()};
  } catch (const std::exception& e) {
    return {500, e.what()};
  } catch (...) {
    return {500, "unknown failure"};
  }
}

void answer_failure(const httplib::Request& req, httplib::Response& res, int status,
                    const std::string& message) {
  res.status = status;
  if (req.path.rfind("/api/", 0) == 0)
    res.set_content(nlohmann::json{{"status", status}, {"message", message}}.dump(),
                    "application/json");
  else
    res.set_content(error_page(status, message), "text/html; charset=utf-8");
}

void configure(httplib::Server& http, std::size_t threads) {
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_default_headers({{"Content-Security-Policy", kPolicy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"}});
  http.set_payload_max_length(64 * 1024);
  http.set_read_timeout(5, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_timeout(5);
  http.set_exception_handler(
      [](const httplib::Request& req, httplib::Response& res, std::exception_ptr thrown) {
        auto [status, message] = failure(thrown);
        answer_failure(req, res, status, message);
      });
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    answer_failure(req, res, res.status,
                   res.status == 404 ? "no such page: " + req.path
                                     : "request refused (HTTP " + std::to_string(res.status) + ")");
  });
  http.Get(R"(/assets/([A-Za-z0-9_.-]+))", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* asset = find_asset(req.matches[1].str());
    if (asset == nullptr) throw HttpError(404, "no such asset: " + req.matches[1].str());
    res.set_header("Cache-Control", "max-age=3600");
    res.set_content(std::string(asset->body), std::string(asset->content_type));
  });
}

}  // namespace

struct Server::Impl {
  StorePool pool;
  httplib::Server http;
  int port = 0;
  explicit Impl(const ServeOptions& options)
      : pool(options.db, std::min<std::size_t>(options.threads, 8)) {}
};

Server::Server(const ServeOptions& options) : impl_(std::make_unique<Impl>(options)) {
  configure(impl_->http, options.threads);
  add_api_routes(impl_->http, impl_->pool);
  add_page_routes(impl_->http, impl_->pool);
  if (options.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(options.bind);
  } else if (impl_->http.bind_to_port(options.bind, options.port)) {
    impl_->port = options.port;
  } else {
    impl_->port = -1;
  }
  if (impl_->port <= 0)
    throw Error("cannot listen on " + options.bind + ":" + std::to_string(options.port));
}

Server::~Server() = default;

int Server::port() const { return impl_->port; }

void Server::run() { impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace dossier::serve
