#include "dossier/query/page_cite.h"

namespace dossier {

std::string page_cite(std::int64_t page) { return page > 0 ? "p. " + std::to_string(page) : ""; }

}  // namespace dossier
