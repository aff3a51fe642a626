// How every front end cites the page of a piece of evidence.
#pragma once

#include <cstdint>
#include <string>

namespace dossier {

// "p. 4" for page 4; "" for 0 (a document without pages).
std::string page_cite(std::int64_t page);

}  // namespace dossier
