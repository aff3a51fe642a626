#include "dossier/extract/date_finder.h"

#include <optional>
#include <string>

#include "dossier/core/date_words.h"
#include "dossier/extract/number_tokens.h"

namespace dossier {
namespace {

struct Found {
  PartialDate date;                 // empty for a weekday that no anchor resolves
  std::size_t first = 0, last = 0;  // token range [first, last)
  bool relative = false;
  int weekday = -1;
  int month_day = 0;  // month * 100 + day of a date no anchor gives a year
};

// A plain integer token of at most 4 digits, else -1.
int small_number(const WordTokens& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != WordKind::kNumber) return -1;
  const std::string_view s = t.lower(i);
  if (s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// 1-31 from "22" or "22nd", else 0.
int day_at(const WordTokens& t, std::size_t i) {
  if (i >= t.size()) return 0;
  int v = -1;
  if (t[i].kind == WordKind::kNumber) {
    if (t.lower(i).size() <= 2) v = small_number(t, i);
  } else if (t[i].kind == WordKind::kMixed) {
    const std::string_view s = t.lower(i);
    if (s.size() >= 3 && s.size() <= 4) {
      const std::string_view suffix = s.substr(s.size() - 2);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        v = 0;
        for (char c : s.substr(0, s.size() - 2)) {
          if (c < '0' || c > '9') return 0;
          v = v * 10 + (c - '0');
        }
      }
    }
  }
  return v >= 1 && v <= 31 ? v : 0;
}

// A four-digit year 1900-2099, else 0.
int year_at(const WordTokens& t, std::size_t i) {
  if (i >= t.size() || t.lower(i).size() != 4) return 0;
  const int v = small_number(t, i);
  return v >= 1900 && v <= 2099 ? v : 0;
}

// The month of a capitalized month name at i (abbreviations and "May" only
// when `strict` is false), else 0.
int month_at(const WordTokens& t, std::size_t i, bool strict) {
  if (i >= t.size() || !t[i].capitalized || t[i].kind != WordKind::kWord) return 0;
  const std::string_view w = t.lower(i);
  const int m = month_from_word(w);
  if (m == 0) return 0;
  if (strict && (w == "may" || is_month_abbreviation(w))) return 0;
  return m;
}

// Index after a month token, skipping the dot of "Jan.".
std::size_t after_month(const WordTokens& t, std::size_t i) {
  return t.is(i + 1, ".") && t.joined(i + 1) && is_month_abbreviation(t.lower(i)) ? i + 2 : i + 1;
}

bool valid_day(int year, int month, int day) {
  return day >= 1 && day <= days_in_month(year == 0 ? 2000 : year, month);
}

bool is_event_noun(const WordTokens& t, std::size_t i) {
  return t.is_any(i, {"attack",   "attacks",   "bombing",   "bombings",   "election",   "elections",
                      "siege",    "war",       "invasion",  "shooting",   "shootings",  "massacre",
                      "coup",     "uprising",  "riots",     "protests",   "withdrawal", "crisis",
                      "conflict", "offensive", "campaign",  "earthquake", "olympics",   "census",
                      "report",   "agreement", "ceasefire", "hostage",    "plot",       "assault",
                      "raid",     "strike",    "strikes",   "revolution", "referendum", "crackdown",
                      "blast",    "explosion", "incident",  "terrorist",  "terror",     "hijacking",
                      "takeover", "mutiny",    "insurgency"});
}

bool people_noun(const WordTokens& t, std::size_t i) {
  return t.is_any(i, {"people", "persons", "civilians", "soldiers", "troops", "men", "women",
                      "children", "others", "residents", "refugees", "migrants", "families",
                      "fighters", "militants", "police", "officers", "workers", "students"});
}

// A bare year at i is in a date context.
bool year_context(const WordTokens& t, std::size_t i) {
  if (i > 0) {
    const std::size_t p = i - 1;
    if (t.is_any(p, {"in",     "of",     "since", "from",    "until",   "till",
                     "during", "before", "after", "between", "through", "throughout",
                     "circa",  "early",  "late",  "mid",     "by",      "spring",
                     "summer", "autumn", "fall",  "winter",  "year",    "around"}))
      return true;
    if (t.is_dash(p) && t.joined(i) && t.joined(p) &&
        t.is_any(p - 1, {"mid", "pre", "post", "early", "late"}))
      return true;
    if (t.is(p, "(") && t.is(i + 1, ")")) return true;
    if ((t.is_any(p, {"the", "a", "its", "his", "her", "their", "this", "that"}) ||
         t.possessive(p)) &&
        i + 1 < t.size() && t[i + 1].kind == WordKind::kWord && !people_noun(t, i + 1))
      return true;
    if ((t.is_any(p, {"and", "or", "to"}) || t.is_dash(p)) && p > 0 && year_at(t, p - 1))
      return true;
  }
  return i + 1 < t.size() && t[i + 1].kind == WordKind::kWord &&
         (is_event_noun(t, i + 1) ||
          (t[i + 1].capitalized && month_from_word(t.lower(i + 1)) == 0 &&
           !t.is_any(i - 1, {"about", "around", "over", "some", "nearly", "almost"})));
}

class SentenceScanner {
 public:
  SentenceScanner(const WordTokens& t, const PartialDate& deictic, const PartialDate& anaphoric)
      : t_(t), deictic_(deictic), anaphoric_(anaphoric) {}

  std::optional<Found> at(std::size_t i) const {
    if (t_[i].kind == WordKind::kWord) {
      if (auto f = weekday(i)) return f;
      if (auto f = month_first(i)) return f;
      if (auto f = relative(i)) return f;
      return std::nullopt;
    }
    if (t_[i].kind == WordKind::kNumber || t_[i].kind == WordKind::kMixed) {
      if (auto f = digits(i)) return f;
      if (auto f = day_first(i)) return f;
      if (auto f = decade(i)) return f;
      if (int y = year_at(t_, i); y && year_context(t_, i)) return Found{{y}, i, i + 1};
    }
    return std::nullopt;
  }

 private:
  // "February 14 last year", "on 3 March this year": the year named right after a day
  // written without one (token k follows the day), from the deictic anchor.
  std::optional<int> named_year(std::size_t k) const {
    if (deictic_.empty() || !t_.is(k + 1, "year")) return std::nullopt;
    if (t_.is(k, "last")) return deictic_.year - 1;
    if (t_.is(k, "this")) return deictic_.year;
    return std::nullopt;
  }

  // Year for a month (and day) written without one, from the deictic anchor.
  std::optional<int> anchored_year(int month, int day, bool strictly_before) const {
    const PartialDate& a = deictic_;
    if (a.empty()) return std::nullopt;
    if (a.month == 0) return a.year;
    if (month > a.month || (strictly_before && month == a.month)) return a.year - 1;
    if (month == a.month && day > 0 && a.day > 0 && day > a.day) return a.year - 1;
    return a.year;
  }

  // "March 22, 2024", "March 22nd", "Jan. 3", "March 2024", "in March".
  std::optional<Found> month_first(std::size_t i) const {
    const int m = month_at(t_, i, false);
    if (!m) return std::nullopt;
    std::size_t j = after_month(t_, i);
    if (const int d = day_at(t_, j)) {
      std::size_t k = j + 1;
      // "October 23-26, 2002": a span of days dates from its first.
      if (t_.is_dash(k) && day_at(t_, k + 1) > d) k += 2;
      if (t_.is(k, ",")) ++k;
      if (const int y = year_at(t_, k); y && valid_day(y, m, d)) return Found{{y, m, d}, i, k + 1};
      if (!valid_day(0, m, d)) return std::nullopt;
      if (const auto y = named_year(j + 1); y && valid_day(*y, m, d))
        return Found{{*y, m, d}, i, j + 3, true};
      const auto y = anchored_year(m, d, false);
      if (!y) return Found{{}, i, j + 1, true, -1, m * 100 + d};
      return Found{{*y, m, d}, i, j + 1, true};
    }
    if (t_.is(j, "of") && year_at(t_, j + 1)) ++j;
    if (const int y = year_at(t_, j)) return Found{{y, m}, i, j + 1};
    if (!month_at(t_, i, true)) return std::nullopt;
    const bool mid = i >= 2 && t_.is_dash(i - 1) && t_.joined(i) && t_.is(i - 2, "mid");
    // "the November attacks": a month naming an incident.
    const bool names_incident = t_.is(i - 1, "the") && is_event_noun(t_, i + 1);
    if (!mid && !names_incident &&
        !t_.is_any(i - 1, {"in", "since", "until", "till", "by", "early", "late", "mid", "of",
                           "during", "from", "to", "before", "after", "through", "throughout",
                           "last", "this", "and"}))
      return std::nullopt;
    const bool last = t_.is(i - 1, "last");
    const auto y = anchored_year(m, 0, last);
    if (!y) return std::nullopt;
    return Found{{*y, m}, last ? i - 1 : i, i + 1, true};
  }

  // "22 March 2024", "22nd of March", "3 Jan".
  std::optional<Found> day_first(std::size_t i) const {
    const int d = day_at(t_, i);
    if (!d) return std::nullopt;
    std::size_t j = i + 1;
    // "23-26 October 2002": a span of days dates from its first.
    if (t_.is_dash(j) && day_at(t_, j + 1) > d && month_at(t_, j + 2, false)) j += 2;
    if (t_.is(j, "of")) ++j;
    const int m = month_at(t_, j, false);
    if (!m) return std::nullopt;
    std::size_t k = after_month(t_, j);
    std::size_t ky = t_.is(k, ",") ? k + 1 : k;
    if (const int y = year_at(t_, ky); y && valid_day(y, m, d)) return Found{{y, m, d}, i, ky + 1};
    if (!valid_day(0, m, d)) return std::nullopt;
    if (const auto y = named_year(k); y && valid_day(*y, m, d))
      return Found{{*y, m, d}, i, k + 2, true};
    const auto y = anchored_year(m, d, false);
    if (!y) return Found{{}, i, j + 1, true, -1, m * 100 + d};
    return Found{{*y, m, d}, i, j + 1, true};
  }

  // "2024-03-22", "22/03/2024", "22.03.2024".
  std::optional<Found> digits(std::size_t i) const {
    if (t_[i].kind != WordKind::kNumber) return std::nullopt;
    const std::string_view s = t_.lower(i);
    if (s.size() == 10 && s[2] == '.' && s[5] == '.') {
      const int d = (s[0] - '0') * 10 + (s[1] - '0');
      const int m = (s[3] - '0') * 10 + (s[4] - '0');
      const int y = std::stoi(std::string(s.substr(6)));
      if (y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && valid_day(y, m, d))
        return Found{{y, m, d}, i, i + 1};
      return std::nullopt;
    }
    if (i + 4 >= t_.size()) return std::nullopt;
    for (std::size_t k = 1; k <= 4; ++k)
      if (!t_.joined(i + k)) return std::nullopt;
    const bool dash = t_.is_dash(i + 1) && t_.is_dash(i + 3);
    const bool slash = t_.is(i + 1, "/") && t_.is(i + 3, "/");
    if (!dash && !slash) return std::nullopt;
    const int a = small_number(t_, i), b = small_number(t_, i + 2), c = small_number(t_, i + 4);
    int y = 0, m = 0, d = 0;
    if (dash && year_at(t_, i) && t_.lower(i + 2).size() == 2 && t_.lower(i + 4).size() == 2) {
      y = a, m = b, d = c;
    } else if (slash && year_at(t_, i + 4) && a > 0 && b > 0) {
      y = c;
      (b > 12 ? m : d) = a;
      (b > 12 ? d : m) = b;
    } else {
      return std::nullopt;
    }
    if (m < 1 || m > 12 || !valid_day(y, m, d)) return std::nullopt;
    return Found{{y, m, d}, i, i + 5};
  }

  // "1980s".
  std::optional<Found> decade(std::size_t i) const {
    if (t_[i].kind != WordKind::kMixed) return std::nullopt;
    const std::string_view s = t_.lower(i);
    if (s.size() != 5 || s[4] != 's') return std::nullopt;
    int y = 0;
    for (char c : s.substr(0, 4)) {
      if (c < '0' || c > '9') return std::nullopt;
      y = y * 10 + (c - '0');
    }
    if (y < 1900 || y > 2090 || y % 10 != 0) return std::nullopt;
    PartialDate date{y};
    date.decade = true;
    return Found{date, i, i + 1};
  }

  // "Saturday, March 30, 2024" (absolute), or "on Friday", "Friday's attack", "a bomb
  // Saturday ripped": any capitalized weekday but a feast or a prayer ("Good Friday",
  // "Friday prayers", but "during Friday prayers").
  std::optional<Found> weekday(std::size_t i) const {
    if (!t_[i].capitalized) return std::nullopt;
    const int wd = weekday_from_word(t_.lower(i));
    if (wd < 0) return std::nullopt;
    const std::size_t j = t_.is(i + 1, ",") ? i + 2 : i + 1;
    if (j < t_.size()) {
      std::optional<Found> f = month_first(j);
      if (!f) f = day_first(j);
      if (f) {
        f->first = i;
        f->weekday = wd;
        return f;
      }
    }
    if (t_.is_any(i - 1, {"good", "black", "bloody", "easter", "palm", "holy", "ash", "super",
                          "cyber", "shrove", "maundy", "great", "orthodox"}))
      return std::nullopt;  // "Good Friday", "Bloody Sunday", "Easter Sunday"
    // "attends Friday prayers" is a habit; "opened fire during Friday prayers" a day.
    if (t_.is_any(i + 1, {"prayer", "prayers", "service", "services", "sermon", "mass", "school",
                          "market"}) &&
        !t_.is(i - 1, "during"))
      return std::nullopt;
    const bool last = t_.is(i - 1, "last");
    return on_weekday(wd, last, last ? i - 1 : i, i + 1 + t_.possessive(i + 1));
  }

  // The day named by weekday `wd` counted back from the deictic anchor; without an anchor
  // precise to the day, only the weekday.
  Found on_weekday(int wd, bool strictly_before, std::size_t first, std::size_t last) const {
    if (deictic_.precision() != DatePrecision::kDay) return Found{{}, first, last, true, wd};
    int back = (dossier::weekday(deictic_) - wd + 7) % 7;
    if (back == 0 && strictly_before) back = 7;
    return Found{add_days(deictic_, -back), first, last, true, wd};
  }

  // Month precision of a day-precision anchor moved by `days`.
  static std::optional<PartialDate> month_of(const PartialDate& a, int days) {
    if (a.precision() != DatePrecision::kDay) return std::nullopt;
    PartialDate d = add_days(a, days);
    d.day = 0;
    return d;
  }
  static std::optional<PartialDate> day_of(const PartialDate& a, int days) {
    if (a.precision() != DatePrecision::kDay) return std::nullopt;
    return add_days(a, days);
  }
  static std::optional<PartialDate> month_shift(const PartialDate& a, int months) {
    if (a.month == 0) return std::nullopt;
    const int index = a.year * 12 + (a.month - 1) + months;
    return PartialDate{index / 12, index % 12 + 1};
  }
  static std::optional<PartialDate> year_shift(const PartialDate& a, int years) {
    if (a.empty() || a.decade) return std::nullopt;
    return PartialDate{a.year + years};
  }

  // Shifts `anchor` by n units named at token u ("day", "week", "month", "year").
  std::optional<PartialDate> shift(const PartialDate& anchor, std::size_t u, int n) const {
    const std::string_view w = t_.lower(u);
    if (w == "day" || w == "days") return day_of(anchor, n);
    if (w == "week" || w == "weeks") return month_of(anchor, 7 * n);
    if (w == "month" || w == "months") return month_shift(anchor, n);
    if (w == "year" || w == "years") return year_shift(anchor, n);
    return std::nullopt;
  }

  static bool unit(const WordTokens& t, std::size_t i) {
    return t.is_any(i, {"day", "week", "month", "year"});
  }

  std::optional<Found> make(std::optional<PartialDate> d, std::size_t first,
                            std::size_t last) const {
    if (!d || d->empty()) return std::nullopt;
    return Found{*d, first, last, true};
  }

  std::optional<Found> relative(std::size_t i) const {
    const std::string_view w = t_.lower(i);
    if (w == "yesterday") return make(day_of(deictic_, -1), i, i + 1);
    if (w == "last" && !t_.is_any(i - 1, {"the", "this", "that", "its", "their", "his", "her"})) {
      if (t_.is(i + 1, "night")) return make(day_of(deictic_, -1), i, i + 2);
      if (t_.is(i + 1, "week")) return make(month_of(deictic_, -7), i, i + 2);
      if (unit(t_, i + 1)) return make(shift(deictic_, i + 1, -1), i, i + 2);
      return std::nullopt;  // "last Friday", "last March": handled at the name
    }
    if (w == "this" && t_.is_any(i + 1, {"week", "month", "year"})) {
      const std::size_t first = t_.is_any(i - 1, {"earlier", "later"}) ? i - 1 : i;
      if (t_.is(i + 1, "week")) return make(month_of(deictic_, 0), first, i + 2);
      return make(shift(deictic_, i + 1, 0), first, i + 2);
    }
    // "N days/weeks/months/years ago", "a year ago".
    if (t_.is(i + 2, "ago")) {
      int n = t_.is_any(i, {"a", "an", "one"}) ? 1 : -1;
      static constexpr std::string_view kSmall[] = {"two",   "three", "four", "five", "six",
                                                    "seven", "eight", "nine", "ten"};
      for (int k = 0; k < 9; ++k)
        if (w == kSmall[k]) n = k + 2;
      const std::string_view u = t_.lower(i + 1);
      if (n > 0 && (u.back() == 's') == (n > 1)) {
        const std::string_view base = n > 1 ? u.substr(0, u.size() - 1) : u;
        if (base == "day" || base == "week" || base == "month" || base == "year")
          return make(shift(deictic_, i + 1, -n), i, i + 3);
      }
      return std::nullopt;
    }
    // Anaphoric: "the year before", "the previous year", "a year later", "that year".
    if (w == "the" || w == "a" || w == "that") {
      if (w == "the" && unit(t_, i + 1) && t_.is_any(i + 2, {"before", "after"}) &&
          !t_.is(i + 1, "week"))
        return make(shift(anaphoric_, i + 1, t_.is(i + 2, "before") ? -1 : 1), i, i + 3);
      if (w == "the" && unit(t_, i + 2) && !t_.is(i + 2, "week")) {
        if (t_.is_any(i + 1, {"previous", "preceding", "prior"}))
          return make(shift(anaphoric_, i + 2, -1), i, i + 3);
        if (t_.is_any(i + 1, {"following", "next", "subsequent"}))
          return make(shift(anaphoric_, i + 2, 1), i, i + 3);
        if (t_.is(i + 1, "same")) return make(shift(anaphoric_, i + 2, 0), i, i + 3);
      }
      if (w == "a" && unit(t_, i + 1) && !t_.is(i + 1, "week") &&
          t_.is_any(i + 2, {"earlier", "later", "before"}))
        return make(shift(anaphoric_, i + 1, t_.is(i + 2, "later") ? 1 : -1), i, i + 3);
      if (w == "that" && unit(t_, i + 1) && !t_.is(i + 1, "week") &&
          !t_.is_any(i + 2, {"of", "when"}))
        return make(shift(anaphoric_, i + 1, 0), i, i + 2);
    }
    return std::nullopt;
  }

  const WordTokens& t_;
  const PartialDate& deictic_;
  const PartialDate& anaphoric_;
};

}  // namespace

void DateFinder::scan(std::string_view sentence, std::uint32_t base_offset,
                      std::vector<DateMention>* out) {
  const WordTokens t(sentence);
  std::size_t i = 0;
  while (i < t.size()) {
    const PartialDate& deictic = published_;
    const PartialDate& anaphoric = recent_.empty() ? published_ : recent_;
    const SentenceScanner scanner(t, deictic, anaphoric);
    std::optional<Found> f = scanner.at(i);
    if (!f) {
      ++i;
      continue;
    }
    DateMention m;
    m.start = base_offset + t[f->first].start;
    m.end = base_offset + t[f->last - 1].end;
    m.date = f->date;
    m.relative = f->relative;
    m.weekday = f->weekday;
    m.month_day = f->month_day;
    out->push_back(m);
    if (!f->date.decade && !f->date.empty()) recent_ = f->date;
    i = f->last > i ? f->last : i + 1;
  }
}

std::vector<DateMention> find_dates(
    std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
    const PartialDate& published) {
  DateFinder finder(published);
  std::vector<DateMention> out;
  for (const auto& [start, end] : sentences) {
    if (start >= end || end > text.size()) continue;
    finder.scan(text.substr(start, end - start), start, &out);
  }
  return out;
}

}  // namespace dossier
