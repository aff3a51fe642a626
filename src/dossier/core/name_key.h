// The comparison form of a name, shared by lexicon lookup and entity resolution.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// Case-folded, with every Unicode dash as '-', curly quotes as straight ones,
// spaces around dashes removed, runs of whitespace as one space, and no
// leading/trailing space. "Islamic State–Khorasan" and "islamic state - khorasan"
// share one key. Input must be valid UTF-8.
std::string name_key(std::string_view name);

// name_key without dashes, spaces, dots and apostrophes: "IS-K", "ISK", "I.S.K."
// share one compact key. Used for acronym and spacing variants.
std::string compact_key(std::string_view name);

}  // namespace dossier
