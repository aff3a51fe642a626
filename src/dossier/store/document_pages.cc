#include "dossier/store/document_pages.h"

namespace dossier {

std::string page_at_sql(std::string_view document, std::string_view offset) {
  return "(SELECT max(number) FROM document_pages WHERE document = " + std::string(document) +
         " AND start <= " + std::string(offset) + ")";
}

}  // namespace dossier
