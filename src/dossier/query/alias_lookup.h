// The other names of an entity, one prepared lookup for the readers that stream entities
// (records.h, scope_tables.h, stix_source.h). For the query modules' implementations, not for
// front ends.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/store/store.h"

namespace dossier {

class AliasLookup {
 public:
  // Prepares the lookup on `store`, which must outlive it. Throws StoreError.
  explicit AliasLookup(Store& store);

  // The distinct surface forms entity `id` was written under in any document, sorted,
  // without `name` (its name); empty when there are none. Throws StoreError.
  std::vector<std::string> other_names(std::int64_t id, std::string_view name);

 private:
  Statement aliases_;
};

}  // namespace dossier
