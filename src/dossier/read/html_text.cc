#include "dossier/read/html_text.h"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "dossier/core/ascii.h"
#include "dossier/read/html_node.h"

namespace dossier {
namespace {

bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Words that mark boilerplate when they occur inside an id/class/aria-label word.
constexpr std::array<std::string_view, 22> kBoilerplateParts = {
    "cookie",     "consent",    "gdpr",      "navigation",   "navbar",  "menu",
    "breadcrumb", "newsletter", "subscribe", "subscription", "share",   "sharing",
    "social",     "related",    "footer",    "advert",       "sponsor", "promo",
    "popup",      "paywall",    "outbrain",  "taboola"};
// Words that mark boilerplate only as a whole id/class word.
constexpr std::array<std::string_view, 6> kBoilerplateWords = {"nav",    "ad",      "ads",
                                                               "adslot", "sidebar", "disqus"};
// ARIA roles of page furniture.
constexpr std::array<std::string_view, 9> kBoilerplateRoles = {
    "navigation", "banner", "contentinfo", "complementary", "menu",
    "menubar",    "dialog", "alertdialog", "search"};

bool is_boilerplate_word(std::string_view word) {
  for (std::string_view w : kBoilerplateWords) {
    if (word == w) return true;
  }
  for (std::string_view part : kBoilerplateParts) {
    if (word.find(part) != std::string_view::npos) return true;
  }
  // "comments", "commentlist", but not "commentary" (opinion pieces).
  const std::size_t comment = word.find("comment");
  return comment != std::string_view::npos && word.substr(comment, 10) != "commentary" &&
         word.substr(comment, 10) != "commentato";
}

// True when a lowercased attribute value has a boilerplate word (words split on non-alnum).
bool has_boilerplate_word(std::string_view value) {
  std::string word;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(ascii_lower(c));
    } else if (!word.empty()) {
      if (is_boilerplate_word(word)) return true;
      word.clear();
    }
  }
  return false;
}

bool is_hidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (html_attribute(node, "aria-hidden") == "true") return true;
  std::string style;
  for (char c : html_attribute(node, "style")) {
    if (c != ' ') style.push_back(ascii_lower(c));
  }
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// True when an element should be left out of the text. `by_attributes` enables the
// id/class/role/aria-label rules, which never apply to html, body, main and article.
bool is_skipped(const GumboNode* node, bool by_attributes) {
  const GumboTag tag = node->v.element.tag;
  if (is_skipped_tag(tag) || is_hidden(node)) return true;
  if (!by_attributes || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN ||
      tag == GUMBO_TAG_ARTICLE) {
    return false;
  }
  const std::string role = ascii_lower(html_attribute(node, "role"));
  for (std::string_view r : kBoilerplateRoles) {
    if (role == r) return true;
  }
  return has_boilerplate_word(html_attribute(node, "id")) ||
         has_boilerplate_word(html_attribute(node, "class")) ||
         has_boilerplate_word(html_attribute(node, "aria-label"));
}

// Accumulates paragraphs: whitespace collapses, block boundaries become "\n\n".
class ParagraphBuilder {
 public:
  void text(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        space_ = true;
        if (nbsp) ++i;
        continue;
      }
      if (!out_.empty()) {
        if (break_) {
          out_.append("\n\n");
        } else if (space_) {
          out_.push_back(' ');
        }
      }
      break_ = space_ = false;
      out_.push_back(c);
    }
  }
  void space() { space_ = true; }
  void paragraph_break() { break_ = true; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool space_ = false;
  bool break_ = false;
};

// The text below `root` (root itself is never skipped).
std::string extract(const GumboNode* root, bool by_attributes) {
  ParagraphBuilder builder;
  html_walk(
      root,
      [&](const GumboNode* node) {
        switch (node->type) {
          case GUMBO_NODE_TEXT:
          case GUMBO_NODE_WHITESPACE:
          case GUMBO_NODE_CDATA:
            builder.text(node->v.text.text);
            return false;
          case GUMBO_NODE_ELEMENT: {
            if (node != root && is_skipped(node, by_attributes)) {
              builder.space();
              return false;
            }
            const GumboTag tag = node->v.element.tag;
            if (is_block_tag(tag)) builder.paragraph_break();
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) builder.space();
            return true;
          }
          default:
            return false;
        }
      },
      [&](const GumboNode* node) {
        if (is_block_tag(node->v.element.tag)) builder.paragraph_break();
        if (node->v.element.tag == GUMBO_TAG_TD || node->v.element.tag == GUMBO_TAG_TH) {
          builder.space();
        }
      });
  return builder.take();
}

// The outermost <article> and <main> elements and the <body> outside skipped parts of the
// page. An inner article's text is part of its outer one's, so never longer: leaving inner
// ones out keeps longest_text() linear in the page however deeply articles nest.
struct Containers {
  std::vector<const GumboNode*> articles, mains;
  const GumboNode* body = nullptr;
};

Containers find_containers(const GumboNode* root) {
  Containers found;
  auto is_main = [](const GumboNode* node) {
    return node->v.element.tag == GUMBO_TAG_MAIN || html_attribute(node, "role") == "main";
  };
  int in_article = 0, in_main = 0;  // open article / main elements around the walk
  html_walk(
      root,
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        if (is_skipped(node, /*by_attributes=*/true)) return false;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_ARTICLE && in_article++ == 0) found.articles.push_back(node);
        if (is_main(node) && in_main++ == 0) found.mains.push_back(node);
        if (tag == GUMBO_TAG_BODY && found.body == nullptr) found.body = node;
        return true;
      },
      [&](const GumboNode* node) {
        if (node->v.element.tag == GUMBO_TAG_ARTICLE) --in_article;
        if (is_main(node)) --in_main;
      });
  return found;
}

// The longest text among `nodes`, or "".
std::string longest_text(const std::vector<const GumboNode*>& nodes) {
  std::string best;
  for (const GumboNode* node : nodes) {
    std::string text = extract(node, /*by_attributes=*/true);
    if (text.size() > best.size()) best = std::move(text);
  }
  return best;
}

}  // namespace

std::string html_main_text(const GumboNode* root) {
  const Containers containers = find_containers(root);
  std::string text = longest_text(containers.articles);
  if (text.empty()) text = longest_text(containers.mains);
  if (text.empty() && containers.body != nullptr) {
    text = extract(containers.body, /*by_attributes=*/true);
  }
  // Pages that wrap everything in an element with a misleading class ("page nav-open").
  if (text.empty()) text = extract(root, /*by_attributes=*/false);
  return text;
}

}  // namespace dossier
