// read_bytes() on arbitrary bytes read as jsonl.
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dossier::fuzz::read_as(data, size, "jsonl");
  return 0;
}
