#include "dossier/extract/ru_dates.h"

#include <string>

#include "dossier/extract/ru_words.h"

namespace dossier::ru {
namespace {

int small_number(std::string_view s) { return static_cast<int>(digits_value(s, 4)); }

bool is_year(int v) { return v >= 1900 && v <= 2099; }

bool is_year_word(std::string_view w) {
  return w == "год" || w == "года" || w == "году" || w == "г" || w == "го";
}

class SentenceDates {
 public:
  SentenceDates(std::string_view sentence, std::uint32_t base, const PartialDate& published)
      : w_(sentence), base_(base), published_(published) {}

  void scan(std::vector<DateMention>* out) {
    for (std::size_t i = 0; i < w_.t.size();) {
      std::size_t end = i + 1;
      DateMention m;
      if (read(i, &end, &m)) {
        m.start = base_ + w_.t[i].start;
        m.end = base_ + w_.t[end - 1].end;
        out->push_back(m);
      }
      i = end;
    }
  }

 private:
  bool is(std::size_t i, std::string_view w) const { return w_.is(i, w); }

  // A year written after token i ("2011 года", "2010-го", "2010 г."): its value, and moves
  // *end past it.
  int year_at(std::size_t i, std::size_t* end) const {
    if (i >= w_.t.size() || w_.t[i].kind != WordKind::kNumber) return 0;
    const int y = small_number(w_.t.text(i));
    if (!is_year(y)) return 0;
    *end = i + 1;
    if (w_.t.is_dash(*end) && w_.t.joined(*end) && is(*end + 1, "го"))
      *end += 2;
    else if (*end < w_.t.size() && is_year_word(w_.lower[*end]))
      ++*end;
    if (is(*end, ".") && w_.lower[*end - 1] == "г") ++*end;
    return y;
  }

  bool read(std::size_t i, std::size_t* end, DateMention* m) const {
    const WordToken& tok = w_.t[i];
    if (tok.kind == WordKind::kNumber) return number(i, end, m);
    if (tok.kind != WordKind::kWord) return false;
    const std::string& w = w_.lower[i];
    if (const int mo = month(w); mo && i > 0 && (is(i - 1, "в") || is(i - 1, "во"))) {
      std::size_t e = i + 1;
      if (const int y = year_at(i + 1, &e)) {
        m->date = PartialDate{y, mo};
        *end = e;
        return true;
      }
      if (published_.empty()) return false;
      const int y2 = mo > published_.month ? published_.year - 1 : published_.year;
      m->date = PartialDate{y2, mo};
      m->relative = true;
      return true;
    }
    if (const int wd = weekday(w); wd >= 0) return on_weekday(i, wd, m);
    if (w == "вчера" || w.rfind("вчерашн", 0) == 0 || w == "накануне") return days_ago(1, m);
    if (w == "позавчера") return days_ago(2, m);
    if (w == "сегодня" || w.rfind("сегодняшн", 0) == 0) return days_ago(0, m);
    return false;
  }

  bool number(std::size_t i, std::size_t* end, DateMention* m) const {
    const std::string_view text = w_.t.text(i);
    // "22.03.2024"
    if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
      const int d = small_number(text.substr(0, 2)), mo = small_number(text.substr(3, 2));
      const int y = small_number(text.substr(6, 4));
      if (d >= 1 && mo >= 1 && mo <= 12 && is_year(y) && d <= days_in_month(y, mo)) {
        m->date = PartialDate{y, mo, d};
        return true;
      }
      return false;
    }
    const int v = small_number(text);
    if (v >= 1 && v <= 31 && i + 1 < w_.t.size()) {
      if (const int mo = month(w_.lower[i + 1])) {
        *end = i + 2;
        if (const int y = year_at(i + 2, end)) {
          if (v > days_in_month(y, mo)) return false;
          m->date = PartialDate{y, mo, v};
          return true;
        }
        return month_day(mo, v, m);
      }
    }
    if (is_year(v)) {
      std::size_t e = i;
      year_at(i, &e);
      // "в 2010 году", "2010-го", "2010 г.": a year needs its word.
      if (e > i + 1) {
        *end = e;
        m->date = PartialDate{v};
        return true;
      }
      return false;
    }
    // "15 лет назад", "два года назад" is not read: only digits.
    if (v > 0 && i + 2 < w_.t.size() &&
        (is(i + 1, "лет") || is(i + 1, "года") || is(i + 1, "год")) && is(i + 2, "назад") &&
        !published_.empty()) {
      *end = i + 3;
      m->date = PartialDate{published_.year - v};
      m->relative = true;
      return true;
    }
    return false;
  }

  // A day and month without a year: the latest such day on or before publication, else a
  // hint.
  bool month_day(int mo, int day, DateMention* m) const {
    if (published_.precision() < DatePrecision::kMonth) {
      m->month_day = mo * 100 + day;
      return true;
    }
    int y = published_.year;
    if (mo > published_.month || (mo == published_.month && day > published_.day && published_.day))
      --y;
    if (day > days_in_month(y, mo)) return false;
    m->date = PartialDate{y, mo, day};
    m->relative = true;
    return true;
  }

  bool on_weekday(std::size_t i, int wd, DateMention* m) const {
    // "в пятницу", "во вторник", "в ночь на субботу", "в минувшую среду"; a weekday as a
    // noun ("Пятница" as a name) needs its preposition, at most one word before it.
    auto prep = [&](std::size_t k) { return is(k, "в") || is(k, "во") || is(k, "на"); };
    if (!(i > 0 && (prep(i - 1) || (i > 1 && prep(i - 2))))) return false;
    m->weekday = wd;
    if (published_.precision() < DatePrecision::kDay) return true;
    const int back = (dossier::weekday(published_) - wd + 7) % 7;
    m->date = add_days(published_, -back);
    m->relative = true;
    return true;
  }

  bool days_ago(int days, DateMention* m) const {
    if (published_.precision() < DatePrecision::kDay) return false;
    m->date = add_days(published_, -days);
    m->relative = true;
    return true;
  }

  SentenceWords w_;
  std::uint32_t base_;
  PartialDate published_;
};

}  // namespace

std::vector<DateMention> find_dates(
    std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
    const PartialDate& published) {
  std::vector<DateMention> out;
  for (const auto& [start, end] : sentences)
    SentenceDates(text.substr(start, end - start), start, published).scan(&out);
  return out;
}

}  // namespace dossier::ru
