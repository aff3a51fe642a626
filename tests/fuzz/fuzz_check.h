// What the fuzz targets share: turning raw fuzzer bytes into the inputs the functions
// under test accept, and a check that aborts (so libFuzzer reports the input) when a
// contract is broken.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dossier/read/utf8.h"

namespace dossier::fuzz {

// Aborts with `what` when `condition` is false.
inline void check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The bytes as valid UTF-8 (ill-formed sequences become U+FFFD), as the readers deliver text.
inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  Utf8Repair report;
  return repair_utf8(bytes_of(data, size), &report);
}

}  // namespace dossier::fuzz
