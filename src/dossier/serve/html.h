// Building HTML safely: every piece of report text passes through html_escape()
// (core/markup_escape.h) or a helper here that calls it before it reaches a page. Pure.
#pragma once

#include <string>
#include <string_view>

namespace dossier::serve {

// `text` percent-encoded for a URL query value (unreserved characters kept).
std::string url_encode(std::string_view text);

// A search snippet (highlighted with « and », see store/search.h) escaped, with each
// highlighted run in <mark>.
std::string snippet_html(std::string_view snippet);

// A whole page: `title` (escaped) over `body` (already HTML), with the navigation, the
// stylesheet and the script, all from /assets/.
std::string layout(std::string_view title, std::string_view body);

// The page for a failure: the status and the message (escaped).
std::string error_page(int status, std::string_view message);

}  // namespace dossier::serve
