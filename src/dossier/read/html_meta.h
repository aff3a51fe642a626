// Title, publication date and canonical URL of an HTML page.
#pragma once

#include <gumbo.h>

#include <string>

namespace dossier {

struct HtmlMeta {
  std::string title;      // <title>, else og:title, else the first <h1>; whitespace collapsed
  std::string published;  // YYYY-MM-DD or ""
  std::string url;        // <link rel=canonical>, else og:url
};

// Reads the metadata of a parsed page. The date is the first that normalizes, in order:
// meta property article:published_time; meta name/property date, pubdate, publishdate,
// dc.date, dc.date.issued, dcterms.date, og:published_time, sailthru.date and similar;
// itemprop=datePublished; "datePublished" in JSON-LD (also inside @graph and arrays);
// the first <time datetime>.
HtmlMeta read_html_meta(const GumboNode* root);

}  // namespace dossier
