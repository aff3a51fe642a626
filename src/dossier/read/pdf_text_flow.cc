#include "dossier/read/pdf_text_flow.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace dossier {
namespace {

// The first and the last code point of `s` (not empty).
UChar32 first_char(std::string_view s) {
  UChar32 cp;
  int32_t i = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), cp);
  return cp;
}

UChar32 last_char(std::string_view s, std::size_t end) {
  UChar32 cp;
  auto i = static_cast<int32_t>(end);
  U8_PREV(s.data(), 0, i, cp);
  return cp;
}

// True when `line` ends a sentence: . ! ? … or : (an introduction), maybe followed by a
// closing quote or bracket.
bool ends_sentence(std::string_view line) {
  std::size_t end = line.size();
  while (end > 0) {
    const UChar32 cp = last_char(line, end);
    if (cp == '"' || cp == ')' || cp == 0x201D || cp == 0x2019 || cp == 0xBB) {
      end -= U8_LENGTH(cp);
      continue;
    }
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':';
  }
  return false;
}

// The usual vertical gap between consecutive lines of one column on a page.
double usual_gap(const std::vector<PdfLine>& lines) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const PdfLine &a = lines[i - 1], &b = lines[i];
    const double gap = b.top - a.bottom;
    if (a.column == b.column && gap >= 0 && gap < 3 * a.font_size) gaps.push_back(gap);
  }
  if (gaps.empty()) return lines.empty() ? 0 : 0.3 * lines[0].font_size;
  std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
  return gaps[gaps.size() / 2];
}

// For each column (0, 1, 2) of a page, whether each of its lines runs (nearly) to the
// column's right edge: within a fifth of the column's width, as lines of ragged-right text do.
std::vector<bool> full_lines(const std::vector<PdfLine>& lines) {
  double left[3] = {1e300, 1e300, 1e300}, right[3] = {-1e300, -1e300, -1e300};
  for (const PdfLine& l : lines) {
    left[l.column] = std::min(left[l.column], l.left);
    right[l.column] = std::max(right[l.column], l.right);
  }
  std::vector<bool> out;
  for (const PdfLine& l : lines)
    out.push_back(l.right >= right[l.column] - 0.2 * (right[l.column] - left[l.column]));
  return out;
}

enum class Join { kParagraph, kRow, kSpace, kHyphen };

// How line `b` follows line `a`; `below` when b stands right under a in the same column,
// `a_full` when a runs to its column's right edge.
Join join_of(const PdfLine& a, const PdfLine& b, bool below, bool a_full, double gap) {
  if (a.table_row && b.table_row && below) return Join::kRow;
  if (a.table_row || b.table_row) return Join::kParagraph;
  if (std::abs(a.font_size - b.font_size) > 0.2 * std::max(a.font_size, b.font_size))
    return Join::kParagraph;
  const UChar32 next = first_char(b.text);
  if (below && b.top - a.bottom > gap + 0.35 * a.font_size) return Join::kParagraph;
  if (!below && (ends_sentence(a.text) || !a_full) && !u_islower(next)) return Join::kParagraph;
  const std::size_t n = a.text.size();
  if (n >= 2 && a.text[n - 1] == '-' && u_isalpha(last_char(a.text, n - 1)) && u_islower(next))
    return Join::kHyphen;
  return Join::kSpace;
}

}  // namespace

PdfText flow_pdf_text(const std::vector<std::vector<PdfLine>>& pages) {
  PdfText out;
  std::size_t awaiting = 0;  // pages whose start is the next line's
  const PdfLine* before = nullptr;
  bool before_full = false;
  for (const auto& lines : pages) {
    ++awaiting;
    const double gap = usual_gap(lines);
    const std::vector<bool> full = full_lines(lines);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const PdfLine& line = lines[i];
      if (before != nullptr) {
        const bool below = i > 0 && line.column == before->column && line.top >= before->top;
        switch (join_of(*before, line, below, before_full, gap)) {
          case Join::kParagraph:
            out.text += "\n\n";
            break;
          case Join::kRow:
            out.text += '\n';
            break;
          case Join::kSpace:
            out.text += ' ';
            break;
          case Join::kHyphen:
            out.text.pop_back();
            break;
        }
      }
      for (; awaiting > 0; --awaiting) out.page_starts.push_back(out.text.size());
      out.text += line.text;
      before = &line;
      before_full = full[i];
    }
  }
  if (!out.text.empty()) out.text += '\n';
  for (; awaiting > 0; --awaiting) out.page_starts.push_back(out.text.size());
  return out;
}

}  // namespace dossier
