#include "dossier/read/html_meta.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "dossier/core/ascii.h"
#include "dossier/read/html_node.h"
#include "dossier/read/published_date.h"

namespace dossier {
namespace {

// meta name/property values that carry the publication date, in order of preference.
constexpr std::array<std::string_view, 20> kDateMetaNames = {
    "article:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "og:published_time",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "citation_publication_date",
    "datepublished",
    "dc.date.created",
};

// True when the space-separated list `rel` contains `token` (case-insensitive).
bool has_token(std::string_view list, std::string_view token) {
  const std::string l = ascii_lower(list);
  std::size_t pos = 0;
  while (pos < l.size()) {
    const std::size_t end = std::min(l.find(' ', pos), l.size());
    if (std::string_view(l).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

// The first "datePublished" string found depth-first in a JSON-LD value.
std::string json_ld_date(const nlohmann::json& value, int depth = 0) {
  if (depth > 32) return "";
  if (value.is_object()) {
    const auto it = value.find("datePublished");
    if (it != value.end() && it->is_string()) return it->get<std::string>();
    for (const auto& [key, child] : value.items()) {
      if (!child.is_structured()) continue;
      std::string found = json_ld_date(child, depth + 1);
      if (!found.empty()) return found;
    }
  } else if (value.is_array()) {
    for (const auto& child : value) {
      std::string found = json_ld_date(child, depth + 1);
      if (!found.empty()) return found;
    }
  }
  return "";
}

// What one walk over a page gathers for its metadata.
struct PageTags {
  std::string title, h1, canonical;
  std::map<std::string, std::string> meta;  // lowercased name/property -> first content
  std::vector<std::string> itemprop_dates, json_ld, time_dates;
};

// Gathers PageTags, element by element, for html_walk.
class TagCollector {
 public:
  // Reads `node` as the walk enters it; whether to walk its children.
  bool enter(const GumboNode* node) {
    if (!html_is_element(node)) return false;
    const GumboElement& el = node->v.element;
    if (el.tag == GUMBO_TAG_TITLE && el.tag_namespace == GUMBO_NAMESPACE_HTML) {
      if (tags.title.empty()) tags.title = html_text_content(node);
      return false;
    }
    if (el.tag == GUMBO_TAG_H1 && in_h1_++ == 0 && tags.h1.empty())
      tags.h1 = html_text_content(node);
    if (el.tag == GUMBO_TAG_META) {
      read_meta(node);
      return false;
    }
    if (el.tag == GUMBO_TAG_LINK && tags.canonical.empty() &&
        has_token(html_attribute(node, "rel"), "canonical")) {
      tags.canonical = std::string(html_attribute(node, "href"));
      return false;
    }
    if (el.tag == GUMBO_TAG_SCRIPT) {
      if (ascii_lower(html_attribute(node, "type")).find("ld+json") != std::string::npos)
        tags.json_ld.push_back(html_text_content(node));
      return false;
    }
    if (ascii_lower(html_attribute(node, "itemprop")) == "datepublished") read_itemprop_date(node);
    if (el.tag == GUMBO_TAG_TIME) {
      const std::string_view value = html_attribute(node, "datetime");
      if (!value.empty()) tags.time_dates.emplace_back(value);
    }
    return true;
  }

  // Follows the children of an element entered.
  void leave(const GumboNode* node) {
    if (node->v.element.tag == GUMBO_TAG_H1) --in_h1_;
  }

  PageTags tags;

 private:
  void read_meta(const GumboNode* node) {
    const std::string_view content = html_attribute(node, "content");
    for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
      const std::string_view name = html_attribute(node, key);
      if (!name.empty()) tags.meta.emplace(ascii_lower(name), std::string(content));
    }
  }

  void read_itemprop_date(const GumboNode* node) {
    std::string_view value = html_attribute(node, "content");
    if (value.empty()) value = html_attribute(node, "datetime");
    if (!value.empty()) {
      tags.itemprop_dates.emplace_back(value);
    } else if (itemprop_texts_++ < kMaxItempropTexts) {
      tags.itemprop_dates.push_back(html_text_content(node));
    }
  }

  // An inner h1's text is part of the outer one's, so only outermost h1s are read; and at
  // most kMaxItempropTexts datePublished elements are read as text. Both keep the walk
  // linear in the page however deeply such elements nest.
  static constexpr std::size_t kMaxItempropTexts = 16;
  std::size_t itemprop_texts_ = 0;
  int in_h1_ = 0;
};

// The first date the page states, normalized, trying in order the date meta names, the
// itemprop dates, JSON-LD datePublished values and the first <time datetime>; "" when none.
std::string published_date(const PageTags& tags) {
  std::vector<std::string> candidates;
  for (std::string_view name : kDateMetaNames) {
    if (const auto it = tags.meta.find(std::string(name)); it != tags.meta.end()) {
      candidates.push_back(it->second);
    }
  }
  candidates.insert(candidates.end(), tags.itemprop_dates.begin(), tags.itemprop_dates.end());
  for (const std::string& script : tags.json_ld) {
    const auto parsed = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) candidates.push_back(json_ld_date(parsed));
  }
  if (!tags.time_dates.empty()) candidates.push_back(tags.time_dates.front());
  for (const std::string& candidate : candidates) {
    std::string date = normalize_date(candidate);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace

HtmlMeta read_html_meta(const GumboNode* root) {
  TagCollector collector;
  html_walk(
      root, [&](const GumboNode* node) { return collector.enter(node); },
      [&](const GumboNode* node) { collector.leave(node); });
  const PageTags& tags = collector.tags;
  std::string og_title, og_url;
  if (const auto it = tags.meta.find("og:title"); it != tags.meta.end())
    og_title = collapse_whitespace(it->second);
  if (const auto it = tags.meta.find("og:url"); it != tags.meta.end()) og_url = it->second;

  HtmlMeta result;
  result.title = !tags.title.empty() ? tags.title : !og_title.empty() ? og_title : tags.h1;
  result.url = collapse_whitespace(!tags.canonical.empty() ? tags.canonical : og_url);
  result.published = published_date(tags);
  return result;
}

}  // namespace dossier
