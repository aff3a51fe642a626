// find_figures() on an arbitrary sentence: spans in order inside the sentence, positive
// values, low <= high.
#include "dossier/extract/figure_finder.h"
#include "fuzz_check.h"

using dossier::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string sentence = dossier::fuzz::text_of(data, size);
  constexpr std::uint32_t kBase = 1000;
  std::uint32_t previous_start = kBase;
  for (const dossier::Figure& f : dossier::find_figures(sentence, kBase)) {
    check(f.start < f.end, "figures are not empty");
    check(f.start >= previous_start, "figures are in text order");
    check(f.end <= kBase + sentence.size(), "figures lie in the sentence");
    check(f.low >= 0 && f.low <= f.high, "0 <= low <= high");
    previous_start = f.start;
  }
  return 0;
}
