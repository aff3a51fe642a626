// Headlines, section titles and page furniture: lines set in Title Case, where
// capitals do not mark names the way they do in running text.
#pragma once

#include <string_view>

namespace dossier {

// True when `line` (one segmented sentence) reads as a heading: it does not end
// like a sentence (., !, ?, :, ;, a comma or a closing quote or bracket), has at
// most 20 words, and at least two of its words of four letters or more, and 70 %
// of them, begin with a capital.
bool is_heading(std::string_view line);

}  // namespace dossier
