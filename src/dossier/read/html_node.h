// Small helpers over gumbo's parse tree shared by the HTML readers.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {

// The value of attribute `name` (lowercase) of an element, or "" when absent or not an element.
inline std::string_view html_attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr != nullptr ? std::string_view(attr->value) : std::string_view();
}

inline bool html_is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Depth-first walk without recursion (pages can nest deeply). `enter(node)` is called for
// every node in document order and returns whether to visit the element's children;
// `leave(node)` follows the children of every element entered that way.
template <typename Enter, typename Leave>
void html_walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  if (!enter(root)) return;
  if (!html_is_element(root)) return;
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector& children = node->v.element.children;
    if (next == children.length) {
      const GumboNode* done = node;
      stack.pop_back();
      leave(done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[next++]);
    if (enter(child) && html_is_element(child)) stack.emplace_back(child, 0);
  }
}

// The concatenated text nodes below `node`, whitespace runs collapsed to one space and
// trimmed (U+00A0 counts as whitespace).
std::string html_text_content(const GumboNode* node);

// `text` with whitespace runs (ASCII and U+00A0) collapsed to one space, trimmed.
std::string collapse_whitespace(std::string_view text);

}  // namespace dossier
