// Counts stated in a sentence: "290,000", "1.5 million", "twenty-five", "a dozen",
// "between 290,000 and 460,000", "at least 60", "hundreds".
//
// Conventions (chosen here, relied on by figures):
// - A quantity's span covers its qualifier, the number, a scale word and a
//   trailing "or more"/"-plus": "at least 60", "between 40 and 145".
// - Qualifiers: about = around, about, nearly, almost, approximately, some,
//   roughly, (an) estimated, close to, circa, "-odd"; at_least = at least, over,
//   more than, upwards of, no fewer/less than, in excess of, above, "or more",
//   "-plus"; at_most = up to, as many as, at most, fewer/less than, no more
//   than, under, below. A range ("between A and B", "from A to B", "A-B",
//   "A to B", "A or B") is kRange with low < high; a prefix qualifier is then dropped.
// - "a dozen"/"N dozen"/"half a dozen" are kAbout (12, 12N, 6). Vague plurals
//   are kAtLeast with low == high == the smallest plural: "dozens" 24,
//   "scores of" 40, "hundreds" 200, "thousands" 2000, "tens of thousands" 20000,
//   "hundreds of thousands" 200000, "millions" 2000000; "several/a few hundred" 200.
// - Digit groups must be 3 digits after the first comma-separated group: "460,00"
//   and "1,0000" are returned with malformed == true (low == high == the digits
//   read as one integer); callers must not use their value. Space-separated
//   thousands ("1 200") are not joined: they read as 1 and 200.
// - Decimals count only with a scale word: "1.5 million"; a bare "2.5" is skipped.
// - Not quantities: years (a bare 1900-2099 unless a qualifier precedes or
//   "people"-like nouns follow), day numbers next to a month name, ISO and
//   dotted dates, times ("10:30", "10 a.m."), percentages, money ("$5 million",
//   "5 million dollars"), ordinals ("fifth", "201st"), compound modifiers
//   ("224-seat", "15-year-old"), codes ("AK-47"), labels ("Flight 9268",
//   "aged 25", "Article 205") and ages after a name ("Karimov, 41, was").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/extract/number_tokens.h"

namespace dossier {

enum class Qualifier : unsigned char { kExact, kAbout, kAtLeast, kAtMost, kRange };

// "exact", "about", "at_least", "at_most", "range".
std::string_view to_string(Qualifier qualifier);

struct Quantity {
  std::uint32_t start = 0, end = 0;  // byte offsets (base_offset added)
  std::int64_t low = 0, high = 0;    // low == high except for ranges
  Qualifier qualifier = Qualifier::kExact;
  bool malformed = false;  // digit grouping was wrong: do not trust low/high
  bool vague = false;      // a word for "many" ("dozens", "hundreds"), low its least reading
};

// A quantity with the token range it was read from.
struct TokenQuantity {
  Quantity quantity;
  std::uint32_t first = 0;  // first token, qualifier included
  std::uint32_t last = 0;   // one past the last token
};

// Every quantity in a tokenized sentence, in text order, without overlaps.
std::vector<TokenQuantity> scan_quantities(const WordTokens& tokens, std::uint32_t base_offset);

// Every quantity in `sentence`; offsets are base_offset + byte offset in sentence.
std::vector<Quantity> find_quantities(std::string_view sentence, std::uint32_t base_offset);

}  // namespace dossier
