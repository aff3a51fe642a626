// Who a sentence says its claim comes from, and how sure it says it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct Attribution {
  std::string source;                // as written: "the Investigative Committee"
  std::uint32_t start = 0, end = 0;  // span of `source` (base_offset added)
};

// The first attributed source of `sentence` in text order, from "according to
// X", "citing X", "X said/says/confirmed/reported/announced/claimed/stated/
// told reporters/added/noted/wrote", and the inverted "..., said X". X is the
// noun phrase next to the cue: names, "the"/"a", "of"/"for" inside it and
// source nouns ("officials", "police", "state media", "a spokesman for the
// ministry"). Pronouns ("he said") and non-reporting uses ("claimed
// responsibility", "were reported killed", "local reports") are not sources.
std::optional<Attribution> find_attribution(std::string_view sentence, std::uint32_t base_offset);

// The hedging cues of `sentence` in text order, each once, lowercase:
// "reportedly", "allegedly", "alleged", "likely", "probably", "possibly",
// "apparently", "presumably", "supposedly", "suspected", "purported",
// "purportedly", "unconfirmed", "unverified", "rumored"/"rumoured",
// "believed to be"/"believed to", "thought to be"/"thought to", "reported to",
// "said to", "it is thought", "it is believed", "may have", "might have",
// "could have", "feared dead".
std::vector<std::string> find_hedges(std::string_view sentence);

}  // namespace dossier
