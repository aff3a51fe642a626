// The date parsers on arbitrary text: normalize_date() (HTML and JSONL metadata),
// parse_iso_date(), find_dateline() and find_dates() (dates in running text). Every date
// they give is a real calendar date at its precision (or, unknown, a weekday or month-and-day
// hint), and every span lies in the text.
#include "dossier/extract/date.h"
#include "dossier/extract/date_finder.h"
#include "dossier/extract/dateline.h"
#include "dossier/read/published_date.h"
#include "dossier/segment/segmenter.h"
#include "fuzz_check.h"

namespace {

using dossier::PartialDate;
using dossier::fuzz::check;

void check_date(const PartialDate& d) {
  if (d.empty()) return;
  check(d.month >= 0 && d.month <= 12, "month in 0-12");
  check(d.month != 0 || d.day == 0, "a day only with a month");
  if (d.day != 0)
    check(d.day >= 1 && d.day <= dossier::days_in_month(d.year, d.month), "a real day");
}

// "" or a YYYY-MM-DD that parses back to a day.
void check_iso_day(const std::string& iso) {
  if (iso.empty()) return;
  check(iso.size() == 10, "an ISO day has 10 characters");
  const PartialDate d = dossier::parse_iso_date(iso);
  check(d.precision() == dossier::DatePrecision::kDay, "an ISO day parses back");
  check(d.iso() == iso, "an ISO day round-trips");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = dossier::fuzz::text_of(data, size);
  check_iso_day(dossier::normalize_date(text));
  check_iso_day(dossier::find_dateline(text));
  const PartialDate parsed = dossier::parse_iso_date(text);
  check_date(parsed);
  if (!parsed.empty() && !parsed.decade)
    check(dossier::parse_iso_date(parsed.iso()) == parsed, "parse_iso_date round-trips");

  const dossier::Segmentation seg = dossier::segment(text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences;
  for (const dossier::Sentence& s : seg.sentences) sentences.emplace_back(s.start, s.end);
  const PartialDate published = size % 2 ? PartialDate{2024, 3, 22} : PartialDate{};
  for (const dossier::DateMention& m : dossier::find_dates(text, sentences, published)) {
    check(m.start < m.end && m.end <= text.size(), "date spans lie in the text");
    // An unknown date is a hint for matching: a weekday or a month and day without a year.
    check(!m.date.empty() || m.weekday >= 0 || m.month_day > 0, "an unknown date is a hint");
    check(m.weekday >= -1 && m.weekday <= 6, "weekday in 0-6");
    check(m.month_day == 0 || (m.month_day / 100 >= 1 && m.month_day / 100 <= 12 &&
                               m.month_day % 100 >= 1 && m.month_day % 100 <= 31),
          "month and day are real");
    check_date(m.date);
  }
  return 0;
}
