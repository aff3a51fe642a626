#include "dossier/read/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

namespace dossier {
namespace {

struct Row {
  std::vector<PdfWord> words;  // left to right
  double top = 0, bottom = 0;
};

// The strip between two columns, in points.
struct Gutter {
  double left = 0, right = 0;
};

double height(const PdfWord& w) { return w.y1 - w.y0; }

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' '; });
}

// Words in order of their vertical centre; each joins the row before when they overlap
// vertically by half the smaller height (a raised footnote marker joins its line).
std::vector<Row> group_rows(std::vector<PdfWord> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
  std::vector<Row> rows;
  for (PdfWord& w : words) {
    if (!rows.empty()) {
      Row& r = rows.back();
      const double overlap = std::min(r.bottom, w.y1) - std::max(r.top, w.y0);
      if (overlap > 0.5 * std::min(r.bottom - r.top, height(w))) {
        r.top = std::min(r.top, w.y0);
        r.bottom = std::max(r.bottom, w.y1);
        r.words.push_back(std::move(w));
        continue;
      }
    }
    rows.push_back({{}, w.y0, w.y1});
    rows.back().words.push_back(std::move(w));
  }
  for (Row& r : rows)
    std::stable_sort(r.words.begin(), r.words.end(),
                     [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
  return rows;
}

bool is_marker_text(std::string_view text) {
  if (text.empty() || text.size() > 6) return false;
  for (std::string_view sign : {"†", "‡"})
    while (text.starts_with(sign)) text.remove_prefix(sign.size());
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '*'; });
}

// Drops the footnote markers of a row: digits or signs in a smaller font, raised above the
// word they follow and glued to it.
void drop_markers(Row* row) {
  std::vector<PdfWord> kept;
  for (PdfWord& w : row->words) {
    if (!kept.empty() && is_marker_text(w.text)) {
      const PdfWord& before = kept.back();
      if (w.font_size < 0.8 * before.font_size && w.y1 < before.y1 - 0.15 * height(before) &&
          w.x0 - before.x1 < 0.3 * before.font_size) {
        kept.back().space_after = w.space_after;
        continue;
      }
    }
    kept.push_back(std::move(w));
  }
  row->words = std::move(kept);
}

// The words of `row` lying left of, right of and across `g`.
struct Halves {
  std::vector<PdfWord> left, right;
  bool crossed = false;
};

Halves split(const Row& row, const Gutter& g) {
  Halves h;
  for (const PdfWord& w : row.words) {
    if (w.x1 <= g.left)
      h.left.push_back(w);
    else if (w.x0 >= g.right)
      h.right.push_back(w);
    else
      h.crossed = true;
  }
  return h;
}

// True when the rows beside `g` read as two columns of text rather than a table: many rows
// have words on each side, and the lines on each side hold several words.
bool reads_as_columns(const std::vector<Row>& rows, const Gutter& g) {
  std::vector<std::size_t> left_words, right_words;
  for (const Row& r : rows) {
    Halves h = split(r, g);
    if (h.crossed) continue;
    if (!h.left.empty()) left_words.push_back(h.left.size());
    if (!h.right.empty()) right_words.push_back(h.right.size());
  }
  auto median = [](std::vector<std::size_t> v) {
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
  };
  const std::size_t enough = std::max<std::size_t>(3, rows.size() / 4);
  return left_words.size() >= enough && right_words.size() >= enough && median(left_words) >= 3 &&
         median(right_words) >= 3;
}

// The widest strip in the middle two fifths of the text's width that at most a tenth of the
// rows cross (a title, a footnote), trimmed to its least crossed part, when that is at least
// 6 points wide and the page reads as two columns.
std::optional<Gutter> find_gutter(const std::vector<Row>& rows) {
  if (rows.size() < 6) return std::nullopt;
  double min_x = rows[0].words[0].x0, max_x = min_x;
  for (const Row& r : rows)
    for (const PdfWord& w : r.words) {
      min_x = std::min(min_x, w.x0);
      max_x = std::max(max_x, w.x1);
    }
  const double width = max_x - min_x;
  if (width < 100 || width > 20000) return std::nullopt;
  const auto bins = static_cast<std::size_t>(width) + 1;
  std::vector<std::size_t> crossing(bins, 0);
  std::vector<char> covered(bins);
  for (const Row& r : rows) {
    // A row covers its words and the spaces between them (gaps up to the font size).
    std::fill(covered.begin(), covered.end(), 0);
    for (std::size_t i = 0; i < r.words.size(); ++i) {
      const PdfWord& w = r.words[i];
      double right = w.x1;
      if (i + 1 < r.words.size() && r.words[i + 1].x0 - w.x1 <= w.font_size)
        right = r.words[i + 1].x0;
      const auto from = static_cast<std::size_t>(std::max(0.0, std::floor(w.x0 - min_x)));
      const auto to = std::min(bins - 1, static_cast<std::size_t>(std::ceil(right - min_x)));
      for (std::size_t b = from; b <= to; ++b) covered[b] = 1;
    }
    for (std::size_t b = 0; b < bins; ++b) crossing[b] += covered[b];
  }
  const std::size_t allowed = std::max<std::size_t>(1, rows.size() / 10);
  std::size_t best_from = 0, best_length = 0;
  const auto first = static_cast<std::size_t>(0.3 * width),
             last = static_cast<std::size_t>(0.7 * width);
  for (std::size_t b = first; b <= last;) {
    if (crossing[b] > allowed) {
      ++b;
      continue;
    }
    std::size_t end = b;
    while (end <= last && crossing[end] <= allowed) ++end;
    if (end - b > best_length) best_from = b, best_length = end - b;
    b = end;
  }
  if (best_length < 6) return std::nullopt;
  // Trimmed to its least crossed part: a column's longest lines reach into the strip.
  std::size_t from = best_from, to = best_from + best_length;  // [from, to)
  const std::size_t least = *std::min_element(crossing.begin() + from, crossing.begin() + to);
  while (crossing[from] > least) ++from;
  while (crossing[to - 1] > least) --to;
  if (to - from < 6) return std::nullopt;
  const Gutter g{min_x + from, min_x + to};
  if (!reads_as_columns(rows, g)) return std::nullopt;
  return g;
}

// The line of `words` (left to right, not empty): spaces between words, tabs across gaps wider
// than twice the font size, nothing between words the PDF glues together.
PdfLine make_line(const std::vector<PdfWord>& words, int column) {
  PdfLine line;
  line.column = column;
  line.top = words[0].y0, line.bottom = words[0].y1;
  line.left = words[0].x0, line.right = words[0].x1;
  for (const PdfWord& w : words) line.font_size = std::max(line.font_size, w.font_size);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PdfWord& w = words[i];
    if (i > 0) {
      const PdfWord& before = words[i - 1];
      const double gap = w.x0 - before.x1;
      if (gap > 2 * line.font_size) {
        line.text += '\t';
        line.table_row = true;
      } else if (before.space_after || gap > 0.15 * line.font_size) {
        line.text += ' ';
      }
    }
    line.text += w.text;
    line.top = std::min(line.top, w.y0);
    line.bottom = std::max(line.bottom, w.y1);
    line.left = std::min(line.left, w.x0);
    line.right = std::max(line.right, w.x1);
  }
  return line;
}

}  // namespace

std::vector<PdfLine> layout_page(std::vector<PdfWord> words) {
  std::erase_if(words, [](const PdfWord& w) { return is_blank(w.text); });
  std::vector<Row> rows = group_rows(std::move(words));
  for (Row& r : rows) drop_markers(&r);
  const std::optional<Gutter> gutter = find_gutter(rows);
  std::vector<PdfLine> out, left, right;
  auto flush_columns = [&] {
    out.insert(out.end(), left.begin(), left.end());
    out.insert(out.end(), right.begin(), right.end());
    left.clear();
    right.clear();
  };
  for (const Row& r : rows) {
    if (!gutter) {
      out.push_back(make_line(r.words, 0));
      continue;
    }
    Halves h = split(r, *gutter);
    if (h.crossed) {
      flush_columns();
      out.push_back(make_line(r.words, 0));
      continue;
    }
    if (!h.left.empty()) left.push_back(make_line(h.left, 1));
    if (!h.right.empty()) right.push_back(make_line(h.right, 2));
  }
  flush_columns();
  return out;
}

}  // namespace dossier
