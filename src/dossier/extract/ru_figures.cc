#include "dossier/extract/ru_figures.h"

#include <optional>
#include <string>

#include "dossier/extract/ru_words.h"

namespace dossier::ru {
namespace {

struct RuQuantity {
  std::size_t first = 0, last = 0;  // tokens: [first, last), qualifier included
  std::int64_t low = 0, high = 0;
  Qualifier qualifier = Qualifier::kExact;
  bool up_to = false;  // the qualifier was "до": a toll's "увеличилось до 17" is exact
  bool one = false;    // "один" and its forms
};

// The number at token i: its value and one past its last token, or -1.
std::int64_t read_number(const SentenceWords& w, std::size_t i, std::size_t* end, bool* one) {
  *one = false;
  if (w.t[i].kind == WordKind::kNumber) {
    *end = i + 1;
    return digits_value(w.t.text(i), 9);
  }
  if (w.t[i].kind != WordKind::kWord) return -1;
  std::int64_t total = 0, group = 0;
  std::size_t k = i;
  for (; k < w.t.size(); ++k) {
    auto nw = number_word(w.lower[k]);
    if (!nw) break;
    if (nw->scale) {
      total += (group ? group : 1) * nw->value;
      group = 0;
      continue;
    }
    // "двадцать четыре": each word smaller than the last one of the group.
    if (group && (group % 10 != 0 || nw->value >= group || nw->collective)) break;
    group += nw->value;
    *one = nw->one && k == i;
    if (nw->collective) {
      ++k;
      break;
    }
  }
  *end = k;
  return k == i ? -1 : total + group;
}

// The qualifier written before token `first`; moves *first to the qualifier's first token.
Qualifier qualifier_before(const SentenceWords& w, std::size_t* first, bool* up_to) {
  const std::size_t i = *first;
  auto at = [&](std::size_t back, std::string_view s) { return i >= back && w.is(i - back, s); };
  if (at(2, "не") && (at(1, "менее") || at(1, "меньше"))) return *first -= 2, Qualifier::kAtLeast;
  if (at(2, "не") && (at(1, "более") || at(1, "больше"))) return *first -= 2, Qualifier::kAtMost;
  if (at(2, "как") && at(1, "минимум")) return *first -= 2, Qualifier::kAtLeast;
  if (at(3, "по") && (at(2, "меньшей") || at(2, "крайней")) && at(1, "мере"))
    return *first -= 3, Qualifier::kAtLeast;
  if (i == 0) return Qualifier::kExact;
  const std::string& p = w.lower[i - 1];
  for (std::string_view q : {"более", "больше", "свыше", "сверх", "минимум"})
    if (p == q) return --*first, Qualifier::kAtLeast;
  for (std::string_view q :
       {"около", "порядка", "примерно", "приблизительно", "почти", "ориентировочно"})
    if (p == q) return --*first, Qualifier::kAbout;
  for (std::string_view q : {"менее", "меньше"})
    if (p == q) return --*first, Qualifier::kAtMost;
  if (p == "до") {
    *up_to = true;
    return --*first, Qualifier::kAtMost;
  }
  return Qualifier::kExact;
}

// Whether the number at [i, end) is not a count: a day before a month, a year, a label,
// a number joined to a word ("17-летняя", "2010-го") or a percent sign, a part of a code or
// decimal ("0,3-0,4", "23-03-18"; not checked for a range's second number).
bool not_a_count(const SentenceWords& w, std::size_t i, std::size_t end, std::int64_t value,
                 bool range_end = false) {
  const std::size_t n = w.t.size();
  if (end < n && month(w.lower[end])) return true;
  if (w.t.joined(end)) {
    if (w.lower[end] == "%") return true;
    if (w.t.is_dash(end) && w.t.joined(end + 1) && w.word(end + 1)) return true;
  }
  if (!range_end && w.t.joined(i) && w.t[i - 1].kind == WordKind::kPunct &&
      (w.t.is_dash(i - 1) || w.lower[i - 1] == "," || w.lower[i - 1] == ".") && i >= 2 &&
      w.t[i - 2].kind == WordKind::kNumber)
    return true;
  if (i > 0 && (w.lower[i - 1] == "№" || w.lower[i - 1] == "no")) return true;
  if (value >= 1900 && value <= 2099 && w.t[i].kind == WordKind::kNumber) return true;
  if (end < n && w.word(end) && is_unit_word(w.lower[end])) return true;
  return false;
}

std::vector<RuQuantity> quantities(const SentenceWords& w) {
  std::vector<RuQuantity> out;
  for (std::size_t i = 0; i < w.t.size();) {
    std::size_t end = i;
    bool one = false;
    const std::int64_t v = read_number(w, i, &end, &one);
    if (v <= 0 || not_a_count(w, i, end, v)) {
      i = std::max(end, i + 1);
      continue;
    }
    RuQuantity q{i, end, v, v};
    q.one = one;
    // "от 10 до 15", "10-15".
    std::size_t hi_end = end;
    bool hi_one = false;
    if (end + 1 < w.t.size() && (w.is(end, "до") || (w.t.is_dash(end) && w.t.joined(end)))) {
      const std::int64_t hi = read_number(w, end + 1, &hi_end, &hi_one);
      if (hi > v && !not_a_count(w, end + 1, hi_end, hi, true)) {
        q.high = hi;
        q.last = hi_end;
        q.qualifier = Qualifier::kRange;
        if (i > 0 && w.is(i - 1, "от")) q.first = i - 1;
      }
    }
    if (q.qualifier != Qualifier::kRange) q.qualifier = qualifier_before(w, &q.first, &q.up_to);
    out.push_back(q);
    i = q.last;
  }
  return out;
}

bool negated(const SentenceWords& w, std::size_t i) { return i > 0 && w.is(i - 1, "не"); }

std::optional<Measure> measure_at(const SentenceWords& w, std::size_t i) {
  if (i >= w.t.size() || !w.word(i) || negated(w, i)) return std::nullopt;
  return measure_word(w.lower[i]);
}

// Rule 1: a measure word right before the quantity, past "ещё", "уже", "всего".
std::optional<Measure> measure_before(const SentenceWords& w, const RuQuantity& q,
                                      std::size_t* at) {
  std::size_t k = q.first;
  while (k > 0 && (w.is(k - 1, "еще") || w.is(k - 1, "ещё") || w.is(k - 1, "уже") ||
                   w.is(k - 1, "всего") || w.is(k - 1, "только")))
    --k;
  if (k == 0) return std::nullopt;
  *at = k - 1;
  return measure_at(w, k - 1);
}

// Rule 2: a measure word after the quantity's noun.
std::optional<Measure> measure_after(const SentenceWords& w, const RuQuantity& q, std::size_t* at) {
  std::size_t k = q.last;
  auto skip = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view s : words)
      if (w.is(k, s)) {
        ++k;
        return true;
      }
    return false;
  };
  if (auto m = measure_at(w, k)) return *at = k, m;
  // One noun ("человек", "пассажиров", "ученика") that is not itself a measure.
  std::size_t len = 0;
  if (w.word(k) && !number_word(w.lower[k]) &&
      language_pack("ru").trigger(w.lower, k, &len).empty())
    ++k;
  if (w.is(k, "из") && (w.is(k + 1, "которых") || w.is(k + 1, "них"))) k += 2;
  while (skip({"были", "был", "была", "было", "будут", "получили", "получил", "получила", "стали",
               "стал", "стала"})) {
  }
  if (auto m = measure_at(w, k)) return *at = k, m;
  if (skip({"находится", "находятся", "находились", "остаются", "остается", "остаётся",
            "оставались"})) {
    for (std::size_t j = k; j < w.t.size() && j < k + 4 && !w.stop(j); ++j)
      if (is_condition_word(w.lower[j])) return *at = j, Measure::kWounded;
  }
  return std::nullopt;
}

// Rule 3: "число погибших ... увеличилось до N".
std::optional<Measure> toll(const SentenceWords& w, const RuQuantity& q, std::size_t* at) {
  for (std::size_t k = q.first; k-- > 0 && !w.stop(k);) {
    auto m = toll_subject(w.lower, k);
    if (!m) continue;
    *at = k;
    return m;
  }
  return std::nullopt;
}

// Rule 4: a measure or condition word at most six words before, no quantity between.
std::optional<Measure> measure_near_before(const SentenceWords& w, const RuQuantity& q,
                                           std::size_t floor, std::size_t* at) {
  for (std::size_t k = q.first, seen = 0; k-- > floor && seen < 6 && !w.stop(k);) {
    if (w.t[k].kind == WordKind::kNumber) break;
    if (!w.word(k)) continue;
    ++seen;
    if (auto m = measure_at(w, k)) return *at = k, m;
    if (is_condition_word(w.lower[k])) return *at = k, Measure::kWounded;
  }
  return std::nullopt;
}

// Rule 5: listed after the figure ending at token `prev_end`: only commas, colons, "и", "а",
// dashes, "в том числе", "из них" and nouns between.
bool listed_after(const SentenceWords& w, std::size_t prev_end, const RuQuantity& q) {
  bool separated = false;
  for (std::size_t k = prev_end; k < q.first; ++k) {
    if (w.stop(k) || measure_at(w, k)) return false;
    separated |= w.is(k, ",") || w.is(k, ":") || w.is(k, "и") || w.is(k, "а") || w.t.is_dash(k);
  }
  return separated && q.first - prev_end <= 8;
}

}  // namespace

std::vector<Figure> find_figures(std::string_view sentence, std::uint32_t base_offset) {
  const SentenceWords w(sentence);
  std::vector<Figure> out;
  std::size_t prev_end = 0;  // one past the last token of the previous figure's quantity
  bool have_prev = false;
  Measure prev_measure = Measure::kKilled;
  std::size_t floor = 0;  // rule 4 looks no further back than the previous quantity
  for (const RuQuantity& q : quantities(w)) {
    std::size_t at = q.first;
    std::optional<Measure> m;
    Qualifier qualifier = q.qualifier;
    // "один" counts after its verb ("погиб один человек") and in a list, nowhere else.
    m = measure_before(w, q, &at);
    if (!q.one) {
      if (!m) m = measure_after(w, q, &at);
      if (!m && (m = toll(w, q, &at)) && q.up_to) qualifier = Qualifier::kExact;
      if (!m) m = measure_near_before(w, q, floor, &at);
    }
    const bool dash_after = q.last < w.t.size() && w.t.is_dash(q.last);
    if (!m && have_prev && (!q.one || dash_after) && listed_after(w, prev_end, q)) {
      m = prev_measure;
      at = q.first;
    }
    floor = q.last;
    if (!m) continue;
    const std::size_t first = std::min(at, q.first), last = std::max(at + 1, q.last);
    Figure f;
    f.start = base_offset + w.t[first].start;
    f.end = base_offset + w.t[last - 1].end;
    f.measure = *m;
    f.low = q.low;
    f.high = q.high;
    f.qualifier = qualifier;
    out.push_back(f);
    prev_end = q.last;
    prev_measure = *m;
    have_prev = true;
  }
  return out;
}

}  // namespace dossier::ru
