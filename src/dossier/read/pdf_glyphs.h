// Normalizing the characters of words taken from a PDF's text layer.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// `word` (UTF-8) as dossier stores text: the Latin ligatures (U+FB00..U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)
// spelled out, soft hyphens (U+00AD) dropped except at the end where they become "-" (a
// line-end hyphen), no-break and other Unicode spaces made ASCII spaces, control characters
// and U+FFFD dropped, and superscript digits (¹ ² ³ ⁰..⁹) dropped unless they follow an "m"
// (a unit: "km²"): a footnote marker, never part of a number ("144¹" is "144").
// Ill-formed UTF-8 is dropped.
std::string normalize_pdf_word(std::string_view word);

}  // namespace dossier
