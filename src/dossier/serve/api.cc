#include "dossier/serve/api.h"

#include <httplib.h>

#include "dossier/serve/assets.h"
#include "dossier/serve/json_views.h"
#include "dossier/serve/request_params.h"

namespace dossier::serve {
namespace {

using nlohmann::json;

void send(httplib::Response& response, const json& body) {
  response.set_content(body.dump(), "application/json");
}

json neighbourhood(Store& store, const httplib::Request& request) {
  std::int64_t id = path_id(request);
  std::string kind = param(request, "kind");
  Neighbourhood graph;
  if (kind.empty() || kind == "entity")
    graph = entity_neighbourhood(store, id, page_params(request, 20));
  else if (kind == "incident")
    graph = event_neighbourhood(store, id);
  else
    throw HttpError(400, "kind must be entity or incident");
  if (graph.nodes.empty()) throw HttpError(404, "no such " + (kind.empty() ? "entity" : kind));
  return to_json(graph);
}

void add_document_routes(httplib::Server& server, StorePool& pool) {
  server.Get("/api/search", [&](const httplib::Request& req, httplib::Response& res) {
    std::string q = param(req, "q");
    if (q.empty()) throw HttpError(400, "q (the search query) is required");
    auto store = pool.acquire();
    send(res, to_json_array(search_or_400(*store, q, page_params(req, 20))));
  });
  server.Get("/api/documents", [&](const httplib::Request& req, httplib::Response& res) {
    auto store = pool.acquire();
    send(res, to_json_array(list_documents(*store, page_params(req, 50))));
  });
  server.Get(R"(/api/documents/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    std::int64_t id = path_id(req);
    auto store = pool.acquire();
    std::optional<DocumentDetail> d = find_document_detail(*store, std::to_string(id));
    if (!d) throw HttpError(404, "no such document: " + std::to_string(id));
    send(res, to_json(*d, document_mentions(*store, id)));
  });
}

void add_entity_routes(httplib::Server& server, StorePool& pool) {
  server.Get("/api/entities", [&](const httplib::Request& req, httplib::Response& res) {
    EntityFilter filter{param(req, "type"), int_param(req, "document", 1, INT64_MAX)};
    auto store = pool.acquire();
    send(res, to_json_array(list_entities(*store, filter, page_params(req, 50))));
  });
  server.Get(R"(/api/entities/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    std::int64_t id = path_id(req);
    auto store = pool.acquire();
    std::optional<EntityDetail> e = entity_detail(*store, id);
    if (!e) throw HttpError(404, "no such entity: " + std::to_string(id));
    send(res, to_json(*e));
  });
  server.Get(R"(/api/graph/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    auto store = pool.acquire();
    send(res, neighbourhood(*store, req));
  });
}

void add_incident_routes(httplib::Server& server, StorePool& pool) {
  server.Get("/api/incidents", [&](const httplib::Request& req, httplib::Response& res) {
    Page page = page_params(req, 50);
    auto store = pool.acquire();
    send(res, to_json_array(filtered_events(*store, req, page)));
  });
  server.Get(R"(/api/incidents/([^/]+))", [&](const httplib::Request& req, httplib::Response& res) {
    std::int64_t id = path_id(req);
    EstimatePolicy policy = policy_param(req);
    auto store = pool.acquire();
    std::optional<EventDetail> e = event_detail(*store, id, policy);
    if (!e) throw HttpError(404, "no such incident: " + std::to_string(id));
    send(res, to_json(*e));
  });
  server.Get("/api/conflicts", [&](const httplib::Request& req, httplib::Response& res) {
    EstimatePolicy policy = policy_param(req);
    Page page = page_params(req, 50);
    auto store = pool.acquire();
    send(res, to_json_array(list_conflicts(*store, policy, page)));
  });
  server.Get("/api/timeline", [&](const httplib::Request& req, httplib::Response& res) {
    EstimatePolicy policy = policy_param(req);
    Page page = page_params(req, 100);
    auto store = pool.acquire();
    send(res, to_json_array(timeline(*store, event_filter(req), policy, page)));
  });
}

}  // namespace

void add_api_routes(httplib::Server& server, StorePool& pool) {
  add_document_routes(server, pool);
  add_entity_routes(server, pool);
  add_incident_routes(server, pool);
  server.Get("/api/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    const Asset* spec = find_asset("openapi.json");
    res.set_content(std::string(spec->body), std::string(spec->content_type));
  });
}

}  // namespace dossier::serve
