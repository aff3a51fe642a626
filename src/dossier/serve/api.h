// The JSON API under /api/: each route asks the query layer one question on a pooled
// read-only connection and answers its structs as JSON (json_views.h). Failures are thrown
// (HttpError, dossier::Error, StoreError) for the server's exception handler to answer.
#pragma once

#include "dossier/serve/store_pool.h"

namespace httplib {
class Server;
}

namespace dossier::serve {

// Adds the GET routes /api/search, /api/documents[/{id}], /api/entities[/{id}],
// /api/incidents[/{id}], /api/conflicts, /api/timeline, /api/graph/{id} and
// /api/openapi.json to `server`. `pool` must outlive it.
void add_api_routes(httplib::Server& server, StorePool& pool);

}  // namespace dossier::serve
