// The library's one error model (docs/style.md): a function that can fail throws
// dossier::Error, or a subclass of it, and its contract names what it throws. Nothing in the
// library reports failure through a return value or an out-parameter.
#pragma once

#include <stdexcept>

namespace dossier {

// A failure a caller can report and recover from: a missing or malformed input file, a
// store that cannot be opened, a query that does not parse, an SQLite error (StoreError).
// what() is a message for people, naming the file or query at fault.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace dossier
