// The byte-level word tokenizer behind segment().
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/segment/segmenter.h"

namespace dossier {

// Appends the tokens of `text` (valid UTF-8) to `tokens` following the conventions
// described at segment(). Appends to `line_starts` the index of every token that follows
// a line break (LF, CR, NEL, U+2028, U+2029) since the previous token.
void tokenize(std::string_view text, std::vector<Token>* tokens,
              std::vector<std::uint32_t>* line_starts);

}  // namespace dossier
