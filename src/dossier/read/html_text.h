// The main text of an HTML page, without navigation and other boilerplate.
#pragma once

#include <gumbo.h>

#include <string>

namespace dossier {

// The readable text of a parsed page. Skips script, style, noscript, nav, header, footer,
// aside, form, iframe, svg, figcaption and similar elements; hidden elements; and elements
// whose id, class, role or aria-label names cookie/consent banners, navigation, menus,
// share buttons, newsletters, subscriptions, related links, comments, footers,
// breadcrumbs or adverts. Reads the longest <article>, else <main>, else <body>. Block
// elements (p, div, h1-h6, li, br, tr, section, blockquote...) separate paragraphs with
// "\n\n"; whitespace inside a paragraph collapses to one space. "" when there is no text.
std::string html_main_text(const GumboNode* root);

}  // namespace dossier
