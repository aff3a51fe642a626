// The characters of the text Poppler gives: UTF-8, and normalized as dossier stores text.
#pragma once

#include <string>
#include <string_view>

namespace poppler {
class ustring;
}

namespace dossier {

// `s` (a Poppler string: UTF-16 in host byte order) as UTF-8, unpaired surrogates as U+FFFD.
// Not ustring::to_utf8, which sets up iconv for every call: for every word of a page.
std::string utf8_of(const poppler::ustring& s);

// `word` (UTF-8) as dossier stores text: the Latin ligatures (U+FB00..U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)
// spelled out, soft hyphens (U+00AD) dropped except at the end where they become "-" (a
// line-end hyphen), no-break and other Unicode spaces made ASCII spaces, control characters
// and U+FFFD dropped, and superscript digits (¹ ² ³ ⁰..⁹) dropped unless they follow an "m"
// (a unit: "km²"): a footnote marker, never part of a number ("144¹" is "144").
// Ill-formed UTF-8 is dropped.
std::string normalize_pdf_word(std::string_view word);

}  // namespace dossier
