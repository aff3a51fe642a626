#include "dossier/read/pdf_furniture.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "dossier/core/ascii.h"

namespace dossier {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `text` lowercased with every run of digits as one '#' and spaces, tabs and dashes dropped:
// the same header on every page, its page number aside.
std::string shape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_digit(c)) {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (c != ' ' && c != '\t' && c != '-') {
      out += ascii_lower(c);
    }
  }
  return out;
}

// True for "4", "- 4 -", "Page 4", "p. 4", "4 of 12", "4/12", "Стр. 4".
bool is_page_number(std::string_view text) {
  const std::string s = shape(text);
  for (std::string_view form : {"#", "page#", "p.#", "#of#", "#/#", "page#of#", "[#]", "(#)", "|#|",
                                "Стр.#", "стр.#", "Страница#", "#из#"})
    if (s == form) return true;
  return false;
}

// True for a running header or footer set as two cells, one of them the number of page
// `page` give or take 30 (front matter numbered apart): "Chapter 2: Methods<tab>3",
// "4<tab>Annual report". A table row has other numbers, or more cells.
bool has_page_number_cell(std::string_view text, std::size_t page) {
  const std::size_t tab = text.find('\t');
  if (tab == std::string_view::npos || text.find('\t', tab + 1) != std::string_view::npos)
    return false;
  for (std::string_view cell : {text.substr(0, tab), text.substr(tab + 1)}) {
    if (cell.empty() || cell.size() > 4 || !std::all_of(cell.begin(), cell.end(), is_digit))
      continue;
    const std::size_t n = std::stoul(std::string(cell));
    if (n + 30 >= page && n <= page + 30) return true;
  }
  return false;
}

// The indices of the furniture candidates of a page: its two topmost and two bottommost
// lines, or only the topmost and the bottommost one on a page of fewer than 6 lines.
std::set<std::size_t> edge_lines(const std::vector<PdfLine>& lines) {
  std::vector<std::size_t> order(lines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return lines[a].top < lines[b].top; });
  std::set<std::size_t> out;
  const std::size_t depth = order.size() >= 6 ? 2 : 1;
  for (std::size_t k = 0; k < order.size() && k < depth; ++k) {
    out.insert(order[k]);
    out.insert(order[order.size() - 1 - k]);
  }
  return out;
}

}  // namespace

void drop_page_furniture(std::vector<std::vector<PdfLine>>* pages) {
  std::vector<std::set<std::size_t>> edges;
  std::map<std::string, std::size_t> pages_with;  // shape -> pages with it at an edge
  for (const auto& lines : *pages) {
    edges.push_back(edge_lines(lines));
    std::set<std::string> shapes;
    for (std::size_t i : edges.back()) shapes.insert(shape(lines[i].text));
    for (const std::string& s : shapes) ++pages_with[s];
  }
  const std::size_t recurring = std::max<std::size_t>(2, (pages->size() + 1) / 2);
  for (std::size_t p = 0; p < pages->size(); ++p) {
    std::vector<PdfLine>& lines = (*pages)[p];
    std::vector<PdfLine> kept;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const bool furniture =
          edges[p].contains(i) &&
          (is_page_number(lines[i].text) || has_page_number_cell(lines[i].text, p + 1) ||
           pages_with[shape(lines[i].text)] >= recurring);
      if (!furniture) kept.push_back(std::move(lines[i]));
    }
    lines = std::move(kept);
  }
}

}  // namespace dossier
