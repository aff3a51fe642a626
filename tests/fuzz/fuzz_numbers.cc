// find_quantities() on an arbitrary sentence: spans in order inside the sentence, and
// values ordered (a range's low below its high).
#include "dossier/extract/number_finder.h"
#include "fuzz_check.h"

using dossier::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string sentence = dossier::fuzz::text_of(data, size);
  constexpr std::uint32_t kBase = 1000;
  std::uint32_t previous_end = kBase;
  for (const dossier::Quantity& q : dossier::find_quantities(sentence, kBase)) {
    check(q.start < q.end, "quantities are not empty");
    check(q.start >= previous_end, "quantities are in order without overlaps");
    check(q.end <= kBase + sentence.size(), "quantities lie in the sentence");
    previous_end = q.end;
    if (q.malformed) continue;
    check(q.low <= q.high, "low <= high");
    if (q.qualifier == dossier::Qualifier::kRange) check(q.low < q.high, "a range has low < high");
  }
  return 0;
}
