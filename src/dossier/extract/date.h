// Calendar dates known to day, month, year or decade precision.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

enum class DatePrecision : unsigned char { kNone, kDecade, kYear, kMonth, kDay };

// A date with its known parts: year 0 means unknown (and then month and day
// are 0), month 0 means year precision, day 0 means month precision. A decade
// ("the 1980s") is year 1980 with decade == true.
struct PartialDate {
  int year = 0, month = 0, day = 0;
  bool decade = false;

  DatePrecision precision() const;
  // "2024-03-22", "2024-03", "2024", "" when unknown; a decade gives its first
  // year ("1980"): callers that must tell decades apart use precision().
  std::string iso() const;
  bool empty() const { return year == 0; }

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Equal, or one contains the other ("2024" contains "2024-03-22"); false when
// either is unknown.
bool dates_compatible(const PartialDate& a, const PartialDate& b);

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer ISO timestamp is cut to
// its date); an empty PartialDate for anything else or an impossible date.
PartialDate parse_iso_date(std::string_view text);

// Days in `month` of `year` (28-31).
int days_in_month(int year, int month);

// Day-precision date `days` days after (negative: before) `date`, which must
// have day precision.
PartialDate add_days(const PartialDate& date, int days);
// Days since 1970-01-01 of the first day a date may mean (a month-only date's first day, a
// year-only date's 1 January). The date must have a year.
long day_number(const PartialDate& date);

// 0 (Monday) to 6 (Sunday) for a day-precision date.
int weekday(const PartialDate& date);

}  // namespace dossier
