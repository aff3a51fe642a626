#include "dossier/read/published_date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "dossier/core/ascii.h"
#include "dossier/core/date_words.h"

namespace dossier {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string format_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month)) {
    return "";
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int parse_digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// 1-12 for an English month name or its abbreviation ("Sep", "Sept", "September"), else 0.
int month_number(std::string_view word) { return month_from_word(ascii_lower(word)); }

// Numeric forms: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, each optionally followed by
// a time part. Returns "" when `s` does not start with one.
std::string parse_numeric(std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && is_digit(s[digits])) ++digits;
  auto time_follows = [&](std::size_t pos) {
    return pos == s.size() || s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ' || s[pos] == 'Z';
  };
  if (digits == 8 && time_follows(8)) {
    return format_date(parse_digits(s.substr(0, 4)), parse_digits(s.substr(4, 2)),
                       parse_digits(s.substr(6, 2)));
  }
  if (digits != 4 || s.size() < 8) return "";
  const char sep = s[4];
  if (sep != '-' && sep != '/' && sep != '.') return "";
  std::size_t pos = 5;
  std::size_t month_end = pos;
  while (month_end < s.size() && is_digit(s[month_end])) ++month_end;
  if (month_end - pos < 1 || month_end - pos > 2 || month_end >= s.size() || s[month_end] != sep) {
    return "";
  }
  std::size_t day_end = month_end + 1;
  while (day_end < s.size() && is_digit(s[day_end])) ++day_end;
  if (day_end - month_end - 1 < 1 || day_end - month_end - 1 > 2 || !time_follows(day_end)) {
    return "";
  }
  return format_date(parse_digits(s.substr(0, 4)), parse_digits(s.substr(pos, month_end - pos)),
                     parse_digits(s.substr(month_end + 1, day_end - month_end - 1)));
}

// English forms with a month name: "March 5, 2024", "5 March 2024", "Tue, 05 Mar 2024 ...".
std::string parse_month_name(std::string_view s) {
  struct Word {
    std::string_view text;
    bool numeric;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < s.size() && words.size() < 8;) {
    if (is_digit(s[i]) || is_alpha(s[i])) {
      const bool numeric = is_digit(s[i]);
      std::size_t j = i;
      while (j < s.size() && (numeric ? is_digit(s[j]) : is_alpha(s[j]))) ++j;
      words.push_back({s.substr(i, j - i), numeric});
      i = j;
    } else {
      ++i;
    }
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (words[k].numeric) continue;
    const int month = month_number(words[k].text);
    if (month == 0) continue;
    auto is_day = [](const Word& w) { return w.numeric && w.text.size() <= 2; };
    auto is_year = [](const Word& w) { return w.numeric && w.text.size() == 4; };
    // Month Day Year
    if (k + 2 < words.size() && is_day(words[k + 1]) && is_year(words[k + 2])) {
      return format_date(parse_digits(words[k + 2].text), month, parse_digits(words[k + 1].text));
    }
    // Day Month Year
    if (k >= 1 && k + 1 < words.size() && is_day(words[k - 1]) && is_year(words[k + 1])) {
      return format_date(parse_digits(words[k + 1].text), month, parse_digits(words[k - 1].text));
    }
    return "";
  }
  return "";
}

}  // namespace

std::string normalize_date(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  if (text.empty()) return "";
  if (is_digit(text.front())) {
    std::string iso = parse_numeric(text);
    if (!iso.empty()) return iso;
  }
  return parse_month_name(text);
}

}  // namespace dossier
