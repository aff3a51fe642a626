// Bounds on the shape of an HTML page, applied before gumbo parses it.
//
// Gumbo 0.10 (Debian 12) scans its stack of open elements, or a tag's attributes, for many
// tokens, so a page of n nested <div>s, <ul>s or <b>s, or one tag with n attributes, costs
// O(n²): 100,000 nested <div>s (1 MB) took 23 s. Browsers bound such pages too (Blink nests
// elements at most 512 deep). bound_html_shape() removes, in one linear pass:
// - start tags that would nest deeper than kMaxHtmlDepth open elements, and as many
//   following end tags of the same names;
// - the attributes after the first kMaxHtmlAttributes of a tag.
// Text, comments, script and style contents are kept byte for byte, so only such pages'
// structure changes (a removed block tag no longer breaks a paragraph).
//
// Depth is tracked the way the HTML tree builder tracks ordinary elements: a start tag opens
// an element, an end tag closes the nearest open element of its name and everything opened
// inside it. Elements that cannot nest in themselves are not counted: void elements (br,
// img...), those a sibling closes (p, li, dd, dt, option, tr, td, th, table sections...), a
// second <a> or <nobr> while one is open, and raw text elements (script, style, textarea,
// title...), whose contents are skipped. Any nesting gumbo builds is therefore at most a
// small constant times the counted depth.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

inline constexpr std::size_t kMaxHtmlDepth = 512;
inline constexpr std::size_t kMaxHtmlAttributes = 256;

// `html` without the tags and attributes described above, or nullopt when it has none.
std::optional<std::string> bound_html_shape(std::string_view html);

}  // namespace dossier
