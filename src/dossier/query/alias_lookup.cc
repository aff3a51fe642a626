#include "dossier/query/alias_lookup.h"

namespace dossier {

AliasLookup::AliasLookup(Store& store)
    : aliases_(store.handle(),
               "SELECT DISTINCT n.alias FROM doc_entity_names n JOIN doc_entities d "
               "ON d.id = n.doc_entity WHERE d.entity = ? ORDER BY n.alias") {}

std::vector<std::string> AliasLookup::other_names(std::int64_t id, std::string_view name) {
  std::vector<std::string> out;
  aliases_.bind(1, id);
  while (aliases_.step())
    if (aliases_.column_view(0) != name) out.push_back(aliases_.column_text(0));
  return out;
}

}  // namespace dossier
