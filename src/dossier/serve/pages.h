// The web interface's HTML pages, rendered on the server from the query layer's answers so
// that each reads without JavaScript: home, search, documents and the reader, entities,
// incidents with their figure charts, conflicts, timeline, map and the network view. Every
// report text is escaped (core/markup_escape.h, html.h). Failures are thrown as the API's are.
#pragma once

#include <string>
#include <vector>

#include "dossier/query/documents.h"
#include "dossier/serve/store_pool.h"

namespace httplib {
class Server;
}

namespace dossier::serve {

// The document's text as HTML: each mention a link to its entity, and the first occurrence
// of `mark` (when not empty) wrapped in <mark id="figure">. Mentions that overlap an
// earlier one or cross the mark's edges are left plain. A document with pages (PDF) shows
// where each begins: <span class="page-break" id="page-N">p. N</span> at its first byte
// (page 1 too), or right after a mention that runs across it.
std::string document_text_html(const std::string& text,
                               const std::vector<DocumentMention>& mentions,
                               const std::string& mark,
                               const std::vector<std::size_t>& page_starts = {});

// Adds the GET routes /, /search, /documents[/{id}], /entities[/{id}],
// /incidents[/{id}], /conflicts, /timeline, /map and /graph/{entity|incident}/{id}. `pool` must
// outlive `server`.
void add_page_routes(httplib::Server& server, StorePool& pool);

}  // namespace dossier::serve
