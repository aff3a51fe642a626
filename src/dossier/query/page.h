// Paging for the query layer's lists: which slice of a long answer to return.
#pragma once

#include <cstdint>

namespace dossier {

// `limit` rows (negative: all of them) after skipping `offset` rows of the full ordered list.
struct Page {
  std::int64_t limit = -1;
  std::int64_t offset = 0;
};

}  // namespace dossier
