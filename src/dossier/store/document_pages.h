// The page a span of a paged document (PDF) stands on, for the queries that cite evidence.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// An SQL expression for the page (1-based) on which byte `offset` of document `document`
// stands: the last page starting at or before it. NULL for a document stored without pages.
// Both arguments are SQL expressions (column names such as "m.document", "m.start").
std::string page_at_sql(std::string_view document, std::string_view offset);

}  // namespace dossier
