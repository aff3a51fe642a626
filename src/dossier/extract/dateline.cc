#include "dossier/extract/dateline.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"

namespace dossier {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool is_dateline_date(std::string_view text, const DateMention& d) {
  if (d.start > 600 || d.date.precision() != DatePrecision::kDay) return false;
  std::size_t line_start = text.rfind('\n', d.start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t line_end = text.find('\n', d.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view line = text.substr(line_start, line_end - line_start);
  std::string_view after = text.substr(d.end, line_end - d.end);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  bool dash = starts_with(after, "\u2014") || starts_with(after, "\u2013") ||
              starts_with(after, "-") || starts_with(after, "(");
  std::string_view before = text.substr(line_start, d.start - line_start);
  // A date without its year ("CAIRO, Nov 25 (Reuters) -") only right after the place the
  // line opens with in capitals.
  if (d.relative)
    return dash && before.size() >= 4 && before.ends_with(", ") &&
           std::isupper(static_cast<unsigned char>(before[0])) &&
           std::isupper(static_cast<unsigned char>(before[1]));
  bool labelled = starts_with(line, "Published") || starts_with(line, "Posted") ||
                  starts_with(line, "Updated") || starts_with(line, "Date");
  // A line holding only the date, perhaps after a weekday: "Saturday, March 30, 2024".
  bool alone = after.find_first_not_of(" .\r") == std::string_view::npos && before.size() <= 11 &&
               (before.empty() || before.back() == ' ' || before.back() == ',');
  return dash || labelled || alone;
}

bool is_dateline_place(std::string_view text, std::uint32_t start, std::uint32_t end) {
  if (start > 600 || end > text.size()) return false;
  if (start > 0 && text[start - 1] != '\n') return false;
  // The rest of the dateline (", Afghanistan", " (AP)", ", Nov. 14") and its dash within 40
  // bytes; a sentence ends at none of them.
  const std::size_t line_end = std::min(text.find('\n', end), text.size());
  const std::string_view after = text.substr(end, std::min<std::size_t>(line_end - end, 44));
  for (std::size_t i = 0; i < after.size() && i <= 40; ++i) {
    if (after[i] == '!' || after[i] == '?' ||
        (after[i] == '.' && i + 1 < after.size() && after[i + 1] == ' ' && i > 0 &&
         std::islower(static_cast<unsigned char>(after[i - 1]))))
      return false;
    if (starts_with(after.substr(i), "\u2014") || starts_with(after.substr(i), "\u2013") ||
        (after[i] == '-' && (i == 0 || after[i - 1] == ' ')))
      return true;
  }
  return false;
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
