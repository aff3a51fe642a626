// read_bytes() on arbitrary bytes read as pdf: Poppler's parser and the layout behind it.
// Seeds, all from tests/read/pdf/make_test_pdfs.py: small PDFs its hand_written() writes (plain,
// with an information dictionary, with XMP, cut short) and an encrypted one.
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dossier::fuzz::read_as(data, size, "pdf");
  return 0;
}
