#include "dossier/extract/date.h"

#include <cstdio>

namespace dossier {
namespace {

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

PartialDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
  return PartialDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

// Reads exactly `n` digits at text[pos]; -1 when they are not all digits.
int digits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    v = v * 10 + (text[i] - '0');
  }
  return v;
}

}  // namespace

DatePrecision PartialDate::precision() const {
  if (year == 0) return DatePrecision::kNone;
  if (decade) return DatePrecision::kDecade;
  if (month == 0) return DatePrecision::kYear;
  return day == 0 ? DatePrecision::kMonth : DatePrecision::kDay;
}

std::string PartialDate::iso() const {
  char buf[16];
  switch (precision()) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kDecade:
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

bool dates_compatible(const PartialDate& a, const PartialDate& b) {
  if (a.year == 0 || a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

PartialDate parse_iso_date(std::string_view text) {
  PartialDate d;
  const int y = digits(text, 0, 4);
  if (y <= 0) return {};
  d.year = y;
  if (text.size() == 4) return d;
  if (text[4] != '-') return {};
  const int m = digits(text, 5, 2);
  if (m < 1 || m > 12) return {};
  d.month = m;
  if (text.size() == 7) return d;
  if (text[7] != '-') return {};
  const int day = digits(text, 8, 2);
  if (day < 1 || day > days_in_month(y, m)) return {};
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return {};
  d.day = day;
  return d;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
  return kDays[(month - 1) % 12];
}

PartialDate add_days(const PartialDate& date, int days) {
  return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

long day_number(const PartialDate& date) {
  return days_from_civil(date.year, date.month ? date.month : 1, date.day ? date.day : 1);
}

int weekday(const PartialDate& date) {
  const long z = days_from_civil(date.year, date.month, date.day);
  return static_cast<int>((z % 7 + 7 + 3) % 7);  // 1970-01-01 was a Thursday (3)
}

}  // namespace dossier
