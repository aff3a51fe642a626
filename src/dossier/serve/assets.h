// The web interface's static files (web/*), compiled into the binary by
// tools/embed_assets.cmake: nothing is read from disk or fetched at run time.
#pragma once

#include <string_view>

namespace dossier::serve {

struct Asset {
  std::string_view name;  // file name in web/, e.g. "style.css"
  std::string_view content_type;
  std::string_view body;
};

// The asset with exactly this file name; null when there is none. Only names in the
// compiled table match, so no request path can reach another file.
const Asset* find_asset(std::string_view name);

}  // namespace dossier::serve
