// The loop behind the query layer's list answers: run one statement and turn each row into
// a plain struct. For the query modules' implementations, not for front ends.
#pragma once

#include <string_view>
#include <type_traits>
#include <vector>

#include "dossier/store/store.h"

namespace dossier {

// Runs `sql` on `store` with `args` bound to its parameters 1, 2, ... and returns
// make_row(statement) for each row it gives, in order. Throws StoreError.
template <typename MakeRow, typename... Args>
auto read_rows(Store& store, std::string_view sql, MakeRow make_row, const Args&... args) {
  Statement q(store.handle(), sql);
  if constexpr (sizeof...(Args) > 0) q.bind_all(args...);
  std::vector<std::invoke_result_t<MakeRow&, const Statement&>> out;
  while (q.step()) out.push_back(make_row(q));
  return out;
}

}  // namespace dossier
