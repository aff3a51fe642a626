// tokenize() on arbitrary valid UTF-8: tokens are non-empty, in order, inside the text, and
// every line start names a token.
#include "dossier/segment/tokenizer.h"
#include "fuzz_check.h"

using dossier::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = dossier::fuzz::text_of(data, size);
  std::vector<dossier::Token> tokens;
  std::vector<std::uint32_t> line_starts;
  dossier::tokenize(text, &tokens, &line_starts);
  std::uint32_t previous_end = 0;
  for (const dossier::Token& t : tokens) {
    check(t.start < t.end, "tokens are not empty");
    check(t.start >= previous_end, "tokens are in order and do not overlap");
    check(t.end <= text.size(), "tokens lie inside the text");
    previous_end = t.end;
  }
  for (std::uint32_t k : line_starts) check(k < tokens.size(), "line starts name tokens");
  return 0;
}
