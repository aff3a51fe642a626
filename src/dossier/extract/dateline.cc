#include "dossier/extract/dateline.h"

#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"

namespace dossier {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

std::string find_dateline(std::string_view text) {
  std::string_view head = text.substr(0, 600);
  std::size_t start = 0;
  for (int line = 0; line < 6 && start < head.size(); ++line) {
    std::size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view l = head.substr(start, end - start);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> one = {
        {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}};
    for (const DateMention& d : find_dates(text, one, PartialDate{})) {
      if (d.relative || d.date.precision() != DatePrecision::kDay) continue;
      std::string_view after = text.substr(d.end, end - d.end);
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      bool dash = starts_with(after, "\u2014") || starts_with(after, "\u2013") ||
                  starts_with(after, "-") || starts_with(after, "(");
      bool labelled = starts_with(l, "Published") || starts_with(l, "Posted") ||
                      starts_with(l, "Updated") || starts_with(l, "Date");
      // A line holding only the date, perhaps after a weekday: "Saturday, March 30, 2024".
      std::string_view before = text.substr(start, d.start - start);
      bool alone = after.find_first_not_of(" .\r") == std::string_view::npos && before.size() <= 11 &&
                   (before.empty() || before.back() == ' ' || before.back() == ',');
      if (dash || labelled || alone) return d.date.iso();
    }
    start = end + 1;
  }
  return {};
}

}  // namespace dossier
