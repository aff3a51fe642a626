#include "dossier/extract/dateline.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"

namespace dossier {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool is_dateline_date(std::string_view text, const DateMention& d) {
  if (d.start > 600 || d.relative || d.date.precision() != DatePrecision::kDay) return false;
  std::size_t line_start = text.rfind('\n', d.start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t line_end = text.find('\n', d.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view line = text.substr(line_start, line_end - line_start);
  std::string_view after = text.substr(d.end, line_end - d.end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  bool dash = starts_with(after, "\u2014") || starts_with(after, "\u2013") ||
              starts_with(after, "-") || starts_with(after, "(");
  bool labelled = starts_with(line, "Published") || starts_with(line, "Posted") ||
                  starts_with(line, "Updated") || starts_with(line, "Date");
  // A line holding only the date, perhaps after a weekday: "Saturday, March 30, 2024".
  std::string_view before = text.substr(line_start, d.start - line_start);
  bool alone = after.find_first_not_of(" .\r") == std::string_view::npos && before.size() <= 11 &&
               (before.empty() || before.back() == ' ' || before.back() == ',');
  return dash || labelled || alone;
}

std::string find_dateline(std::string_view text) {
  std::size_t end = std::min<std::size_t>(text.size(), 600);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lines;
  for (std::size_t start = 0; start < end && lines.size() < 6;) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string_view::npos) stop = text.size();
    lines.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop)});
    start = stop + 1;
  }
  for (const DateMention& d : find_dates(text, lines, PartialDate{}))
    if (!d.date.empty() && is_dateline_date(text, d)) return d.date.iso();
  return {};
}

}  // namespace dossier
