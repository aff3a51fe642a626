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

}  // namespace

HtmlMeta read_html_meta(const GumboNode* root) {
  std::string title, og_title, h1, canonical, og_url;
  std::map<std::string, std::string> meta;  // lowercased name/property -> first content
  std::vector<std::string> itemprop_dates, json_ld, time_dates;
  // An inner h1's text is part of the outer one's, so only outermost h1s are read; and at
  // most kMaxItempropTexts datePublished elements are read as text. Both keep the walk
  // linear in the page however deeply such elements nest.
  constexpr std::size_t kMaxItempropTexts = 16;
  std::size_t itemprop_texts = 0;
  int in_h1 = 0;

  html_walk(
      root,
      [&](const GumboNode* node) {
        if (!html_is_element(node)) return false;
        const GumboElement& el = node->v.element;
        if (el.tag == GUMBO_TAG_TITLE && el.tag_namespace == GUMBO_NAMESPACE_HTML) {
          if (title.empty()) title = html_text_content(node);
          return false;
        }
        if (el.tag == GUMBO_TAG_H1 && in_h1++ == 0 && h1.empty()) h1 = html_text_content(node);
        if (el.tag == GUMBO_TAG_META) {
          const std::string_view content = html_attribute(node, "content");
          for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
            const std::string_view name = html_attribute(node, key);
            if (!name.empty()) meta.emplace(ascii_lower(name), std::string(content));
          }
          return false;
        }
        if (el.tag == GUMBO_TAG_LINK && canonical.empty() &&
            has_token(html_attribute(node, "rel"), "canonical")) {
          canonical = std::string(html_attribute(node, "href"));
          return false;
        }
        if (el.tag == GUMBO_TAG_SCRIPT) {
          if (ascii_lower(html_attribute(node, "type")).find("ld+json") != std::string::npos) {
            json_ld.push_back(html_text_content(node));
          }
          return false;
        }
        if (ascii_lower(html_attribute(node, "itemprop")) == "datepublished") {
          std::string_view value = html_attribute(node, "content");
          if (value.empty()) value = html_attribute(node, "datetime");
          if (!value.empty()) {
            itemprop_dates.emplace_back(value);
          } else if (itemprop_texts++ < kMaxItempropTexts) {
            itemprop_dates.push_back(html_text_content(node));
          }
        }
        if (el.tag == GUMBO_TAG_TIME) {
          const std::string_view value = html_attribute(node, "datetime");
          if (!value.empty()) time_dates.emplace_back(value);
        }
        return true;
      },
      [&](const GumboNode* node) {
        if (node->v.element.tag == GUMBO_TAG_H1) --in_h1;
      });

  if (const auto it = meta.find("og:title"); it != meta.end())
    og_title = collapse_whitespace(it->second);
  if (const auto it = meta.find("og:url"); it != meta.end()) og_url = it->second;

  HtmlMeta result;
  result.title = !title.empty() ? title : !og_title.empty() ? og_title : h1;
  result.url = collapse_whitespace(!canonical.empty() ? canonical : og_url);

  std::vector<std::string> candidates;
  for (std::string_view name : kDateMetaNames) {
    if (const auto it = meta.find(std::string(name)); it != meta.end()) {
      candidates.push_back(it->second);
    }
  }
  candidates.insert(candidates.end(), itemprop_dates.begin(), itemprop_dates.end());
  for (const std::string& script : json_ld) {
    const auto parsed = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) candidates.push_back(json_ld_date(parsed));
  }
  if (!time_dates.empty()) candidates.push_back(time_dates.front());
  for (const std::string& candidate : candidates) {
    result.published = normalize_date(candidate);
    if (!result.published.empty()) break;
  }
  return result;
}

}  // namespace dossier
