// read_bytes() on arbitrary bytes read as pdf: Poppler's parser and the layout behind it.
// Seeds: small hand-written PDFs (one with an information dictionary, one truncated) and an
// encrypted one made by tests/read/pdf/make_test_pdfs.py.
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dossier::fuzz::read_as(data, size, "pdf");
  return 0;
}
