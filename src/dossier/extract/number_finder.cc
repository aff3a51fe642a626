#include "dossier/extract/number_finder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <unordered_map>

#include "dossier/core/date_words.h"

namespace dossier {
namespace {

enum class WordRole : unsigned char {
  kUnit,     // zero .. nineteen
  kTens,     // twenty .. ninety
  kHundred,  // hundred
  kScale,    // thousand, million, billion, trillion
  kDozen,    // dozen
  kVague,    // dozens, hundreds, thousands, millions, scores, tens
};

struct NumberWord {
  WordRole role;
  std::int64_t value;
};

const std::unordered_map<std::string_view, NumberWord>& number_words() {
  static const auto* words = new std::unordered_map<std::string_view, NumberWord>{
      {"zero", {WordRole::kUnit, 0}},
      {"one", {WordRole::kUnit, 1}},
      {"two", {WordRole::kUnit, 2}},
      {"three", {WordRole::kUnit, 3}},
      {"four", {WordRole::kUnit, 4}},
      {"five", {WordRole::kUnit, 5}},
      {"six", {WordRole::kUnit, 6}},
      {"seven", {WordRole::kUnit, 7}},
      {"eight", {WordRole::kUnit, 8}},
      {"nine", {WordRole::kUnit, 9}},
      {"ten", {WordRole::kUnit, 10}},
      {"eleven", {WordRole::kUnit, 11}},
      {"twelve", {WordRole::kUnit, 12}},
      {"thirteen", {WordRole::kUnit, 13}},
      {"fourteen", {WordRole::kUnit, 14}},
      {"fifteen", {WordRole::kUnit, 15}},
      {"sixteen", {WordRole::kUnit, 16}},
      {"seventeen", {WordRole::kUnit, 17}},
      {"eighteen", {WordRole::kUnit, 18}},
      {"nineteen", {WordRole::kUnit, 19}},
      {"twenty", {WordRole::kTens, 20}},
      {"thirty", {WordRole::kTens, 30}},
      {"forty", {WordRole::kTens, 40}},
      {"fifty", {WordRole::kTens, 50}},
      {"sixty", {WordRole::kTens, 60}},
      {"seventy", {WordRole::kTens, 70}},
      {"eighty", {WordRole::kTens, 80}},
      {"ninety", {WordRole::kTens, 90}},
      {"hundred", {WordRole::kHundred, 100}},
      {"thousand", {WordRole::kScale, 1000}},
      {"million", {WordRole::kScale, 1000000}},
      {"billion", {WordRole::kScale, 1000000000}},
      {"dozen", {WordRole::kDozen, 12}},
      {"dozens", {WordRole::kVague, 24}},
      {"hundreds", {WordRole::kVague, 200}},
      {"thousands", {WordRole::kVague, 2000}},
      {"millions", {WordRole::kVague, 2000000}},
      {"scores", {WordRole::kVague, 40}},
      {"tens", {WordRole::kVague, 20}},
  };
  return *words;
}

const NumberWord* number_word(const WordTokens& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != WordKind::kWord) return nullptr;
  const auto& words = number_words();
  auto it = words.find(t.lower(i));
  return it == words.end() ? nullptr : &it->second;
}

std::int64_t scale_at(const WordTokens& t, std::size_t i) {
  const NumberWord* w = number_word(t, i);
  return w && w->role == WordRole::kScale ? w->value : 0;
}

struct Phrase {
  std::array<std::string_view, 3> words;
  Qualifier qualifier;
};

// Longer phrases first so "no more than" wins over "more than".
constexpr std::array<Phrase, 38> kQualifiers = {{
    {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},
    {{"not", "less", "than"}, Qualifier::kAtLeast},
    {{"in", "excess", "of"}, Qualifier::kAtLeast},
    {{"a", "minimum", "of"}, Qualifier::kAtLeast},
    {{"no", "more", "than"}, Qualifier::kAtMost},
    {{"not", "more", "than"}, Qualifier::kAtMost},
    {{"as", "many", "as"}, Qualifier::kAtMost},
    {{"as", "much", "as"}, Qualifier::kAtMost},
    {{"a", "maximum", "of"}, Qualifier::kAtMost},
    {{"more", "or", "less"}, Qualifier::kAbout},
    {{"at", "least"}, Qualifier::kAtLeast},
    {{"more", "than"}, Qualifier::kAtLeast},
    {{"upwards", "of"}, Qualifier::kAtLeast},
    {{"well", "over"}, Qualifier::kAtLeast},
    {{"just", "over"}, Qualifier::kAtLeast},
    {{"well", "above"}, Qualifier::kAtLeast},
    {{"up", "to"}, Qualifier::kAtMost},
    {{"at", "most"}, Qualifier::kAtMost},
    {{"fewer", "than"}, Qualifier::kAtMost},
    {{"less", "than"}, Qualifier::kAtMost},
    {{"just", "under"}, Qualifier::kAtMost},
    {{"an", "estimated"}, Qualifier::kAbout},
    {{"close", "to"}, Qualifier::kAbout},
    {{"over"}, Qualifier::kAtLeast},
    {{"above"}, Qualifier::kAtLeast},
    {{"under"}, Qualifier::kAtMost},
    {{"below"}, Qualifier::kAtMost},
    {{"about"}, Qualifier::kAbout},
    {{"around"}, Qualifier::kAbout},
    {{"nearly"}, Qualifier::kAbout},
    {{"almost"}, Qualifier::kAbout},
    {{"approximately"}, Qualifier::kAbout},
    {{"approx"}, Qualifier::kAbout},
    {{"some"}, Qualifier::kAbout},
    {{"roughly"}, Qualifier::kAbout},
    {{"estimated"}, Qualifier::kAbout},
    {{"circa"}, Qualifier::kAbout},
}};

struct Match {
  Qualifier qualifier;
  std::size_t first;  // first token of the phrase
};

// The qualifier phrase that ends just before token `end`, if any.
std::optional<Match> qualifier_before(const WordTokens& t, std::size_t end) {
  for (const Phrase& p : kQualifiers) {
    std::size_t n = 0;
    while (n < p.words.size() && !p.words[n].empty()) ++n;
    if (n > end) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) ok = t.is(end - n + k, p.words[k]);
    if (ok) return Match{p.qualifier, end - n};
  }
  return std::nullopt;
}

// A number read from tokens [first, end).
struct Core {
  double raw = 0;          // value before the scale word
  std::int64_t scale = 1;  // 1 or the scale word's value
  bool decimal = false;    // raw has a fraction
  bool malformed = false;  // wrong digit grouping
  bool vague = false;      // "dozens", "hundreds": at least
  bool dozen = false;      // "a dozen": about
  std::size_t first = 0, end = 0;
  std::int64_t value() const { return std::llround(raw * static_cast<double>(scale)); }
};

// Parses "290,000", "1.5", "460,00" (malformed); nullopt for dates and versions.
std::optional<Core> parse_digits(std::string_view s) {
  Core c;
  int dots = 0, commas = 0;
  for (char ch : s) {
    dots += ch == '.';
    commas += ch == ',';
  }
  if (dots > 1 || s.size() > 18) return std::nullopt;
  std::int64_t integer = 0;
  std::size_t i = 0, group = 0;
  bool first_group = true;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] == ',') {
      if ((first_group && (group == 0 || group > 3)) || (!first_group && group != 3))
        c.malformed = true;
      first_group = false;
      group = 0;
      continue;
    }
    integer = integer * 10 + (s[i] - '0');
    ++group;
  }
  if (commas > 0 && group != 3) c.malformed = true;
  c.raw = static_cast<double>(integer);
  if (i < s.size()) {  // fraction
    c.decimal = true;
    double f = 0.1;
    for (++i; i < s.size(); ++i, f /= 10) c.raw += f * (s[i] - '0');
  }
  return c;
}

bool starts_word_number(const WordTokens& t, std::size_t i) {
  const NumberWord* w = number_word(t, i);
  if (w) return w->role == WordRole::kUnit || w->role == WordRole::kTens;
  return false;
}

// Parses "twenty-five", "two hundred and fifty thousand", "a hundred", "a dozen".
std::optional<Core> parse_words(const WordTokens& t, std::size_t i) {
  Core c;
  c.first = i;
  std::int64_t total = 0, current = 0;
  std::size_t j = i;
  bool any = false, article = false;
  if (t.is_any(j, {"a", "an"})) {
    const NumberWord* next = number_word(t, j + 1);
    if (!next || (next->role != WordRole::kHundred && next->role != WordRole::kScale &&
                  next->role != WordRole::kDozen))
      return std::nullopt;
    current = 1;
    article = true;
    ++j;
  }
  WordRole last = WordRole::kVague;  // nothing yet
  while (j < t.size()) {
    const NumberWord* w = number_word(t, j);
    if (!w) {
      // "two hundred and fifty": "and" continues after hundred or a scale.
      if (any && t.is(j, "and") && (last == WordRole::kHundred || last == WordRole::kScale) &&
          starts_word_number(t, j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    if (w->role == WordRole::kUnit) {
      // "thirty five" continues as "thirty-five" does; "thirty twelve" does not.
      if (any && (last == WordRole::kUnit ||
                  (last == WordRole::kTens && (w->value < 1 || w->value > 9 || current % 10))))
        break;
      current += w->value;
    } else if (w->role == WordRole::kTens) {
      if (any && (last == WordRole::kUnit || last == WordRole::kTens)) break;
      current += w->value;
      const NumberWord* u = number_word(t, j + 2);
      if (t.is_dash(j + 1) && t.joined(j + 1) && t.joined(j + 2) && u &&
          u->role == WordRole::kUnit && u->value > 0 && u->value < 10) {
        current += u->value;
        j += 2;
      }
    } else if (w->role == WordRole::kHundred) {
      if (!any && !article) break;
      current = (current == 0 ? 1 : current) * 100;
    } else if (w->role == WordRole::kScale) {
      if (!any && !article) break;
      total += (current == 0 ? 1 : current) * w->value;
      current = 0;
    } else if (w->role == WordRole::kDozen) {
      if (!any && !article) break;
      c.dozen = true;
      current = (current == 0 ? 1 : current) * 12;
      any = true;
      ++j;
      break;
    } else {
      break;
    }
    any = true;
    last = w->role;
    ++j;
  }
  if (!any) return std::nullopt;
  c.raw = static_cast<double>(total + current);
  c.end = j;
  return c;
}

// "dozens", "hundreds (of thousands)", "tens of thousands", "scores of",
// "several hundred", "a few dozen".
std::optional<Core> parse_vague(const WordTokens& t, std::size_t i) {
  Core c;
  c.first = i;
  c.vague = true;
  std::size_t j = i;
  if (t.is(j, "several") || (t.is(j, "a") && t.is(j + 1, "few"))) {
    j += t.is(j, "a") ? 2 : 1;
    const NumberWord* w = number_word(t, j);
    if (!w || (w->role != WordRole::kHundred && w->role != WordRole::kScale &&
               w->role != WordRole::kDozen))
      return std::nullopt;
    c.raw = 2.0 * static_cast<double>(w->value);
    c.end = j + 1;
    return c;
  }
  const NumberWord* w = number_word(t, j);
  if (!w || w->role != WordRole::kVague) return std::nullopt;
  const NumberWord* of_what = t.is(j + 1, "of") ? number_word(t, j + 2) : nullptr;
  const bool of_vague = of_what && of_what->role == WordRole::kVague && of_what->value >= 2000;
  if (t.lower(j) == "tens" || t.lower(j) == "scores") {
    if (t.lower(j) == "tens" && !of_vague) return std::nullopt;
    if (t.lower(j) == "scores" && !t.is(j + 1, "of")) return std::nullopt;
  }
  if (of_vague && (t.lower(j) == "tens" || t.lower(j) == "hundreds")) {
    c.raw = static_cast<double>(t.lower(j) == "tens" ? 10 : 100) * 2 *
            static_cast<double>(of_what->value / 2);
    c.end = j + 3;
    return c;
  }
  c.raw = static_cast<double>(w->value);
  c.end = j + 1;
  return c;
}

std::optional<Core> parse_core(const WordTokens& t, std::size_t i) {
  if (t[i].kind == WordKind::kNumber) {
    auto c = parse_digits(t.lower(i));
    if (!c) return std::nullopt;
    c->first = i;
    c->end = i + 1;
    if (t.is(i + 1, "dozen")) {
      c->raw *= 12;
      c->dozen = true;
      c->end = i + 2;
    } else if (std::int64_t s = scale_at(t, i + 1); s && t[i + 1].space_before) {
      c->scale = s;
      c->end = i + 2;
    } else if (t.is(i + 1, "hundred")) {
      c->scale = 100;
      c->end = i + 2;
    }
    return c;
  }
  if (t[i].kind != WordKind::kWord) return std::nullopt;
  if (t.is(i, "half") && t.is(i + 1, "a") && t.is(i + 2, "dozen")) {
    Core c;
    c.raw = 6;
    c.dozen = true;
    c.first = i;
    c.end = i + 3;
    return c;
  }
  if (auto v = parse_vague(t, i)) return v;
  return parse_words(t, i);
}

bool year_like(const WordTokens& t, const Core& c) {
  if (c.end != c.first + 1 || t[c.first].kind != WordKind::kNumber) return false;
  const std::string_view s = t.lower(c.first);
  return s.size() == 4 && !c.decimal && c.raw >= 1900 && c.raw <= 2099;
}

bool is_month_at(const WordTokens& t, std::size_t i) {
  return i < t.size() && t[i].capitalized && month_from_word(t.lower(i)) != 0;
}

bool people_noun_at(const WordTokens& t, std::size_t i) {
  return t.is_any(i, {"people",   "persons",  "civilians",  "soldiers",     "troops",    "men",
                      "women",    "children", "others",     "residents",    "refugees",  "migrants",
                      "families", "fighters", "militants",  "police",       "policemen", "officers",
                      "workers",  "students", "protesters", "demonstrators"});
}

bool currency_before(const WordTokens& t, std::size_t i) {
  if (i == 0) return false;
  const std::string_view w = t.lower(i - 1);
  return w == "$" || w == "\u20ac" || w == "\u00a3" || w == "\u00a5" || w == "\u20b9" ||
         w == "\u20bd" || w == "usd" || w == "eur" || w == "rs" || w == "us$";
}

bool unit_after(const WordTokens& t, std::size_t i) {
  if (i >= t.size()) return false;
  const std::string_view w = t.lower(i);
  if (w == "%") return true;
  if (t.is(i, "per") && t.is(i + 1, "cent")) return true;
  return t.is_any(
      i, {"percent", "pc",     "dollars", "euros",    "pounds", "rubles", "roubles", "yuan",
          "rupees",  "usd",    "eur",     "afghanis", "somoni", "manat",  "tenge",   "hryvnias",
          "shekels", "dinars", "riyals",  "a.m.",     "p.m.",   "am",     "pm",      "o'clock",
          "gmt",     "utc",    "hrs",     "bn",       "mn"});
}

bool label_before(const WordTokens& t, std::size_t i) {
  if (i == 0) return false;
  if (t.is(i - 1, "#")) return true;
  if (t.is(i - 1, ".") && i >= 2 && t.is(i - 2, "no")) return true;
  return t.is_any(
      i - 1, {"flight",    "flights",  "article",   "articles", "no",      "nos",        "route",
              "page",      "pages",    "paragraph", "section",  "chapter", "resolution", "room",
              "platform",  "gate",     "terminal",  "line",     "bus",     "unit",       "brigade",
              "battalion", "division", "regiment",  "corps",    "highway", "boeing",     "airbus",
              "model",     "version",  "channel",   "level",    "grade",   "phase",      "block",
              "aged",      "age",      "ages",      "code",     "zone",    "district",   "sector",
              "camp",      "exit",     "km",        "number",   "vol",     "p",          "pp",
              "tu",        "su",       "mig",       "apollo",   "windows", "iphone",     "covid"});
}

// WordTokens [i, i+4] form "2024-03-22" or "22/03/2024": a date written with digits.
bool digit_date_at(const WordTokens& t, std::size_t i) {
  if (i + 4 >= t.size()) return false;
  for (std::size_t k = 0; k < 5; ++k) {
    if (k > 0 && !t.joined(i + k)) return false;
    if (k % 2 == 0 && t[i + k].kind != WordKind::kNumber) return false;
    if (k % 2 == 1 && !t.is_dash(i + k) && !t.is(i + k, "/")) return false;
  }
  return true;
}

// A second number after `a` that makes a range: "-6000", " to 6,000", " or three".
std::optional<Core> range_end(const WordTokens& t, const Core& a, bool between) {
  std::size_t j = a.end;
  if (j >= t.size()) return std::nullopt;
  const bool dash = t.is_dash(j);
  if (!(between ? t.is(j, "and") : (dash || t.is(j, "to") || t.is(j, "or")))) return std::nullopt;
  if (j + 1 >= t.size()) return std::nullopt;
  if (dash && t[j].space_before != t[j + 1].space_before) return std::nullopt;
  auto b = parse_core(t, j + 1);
  if (!b || b->vague || a.vague) return std::nullopt;
  return b;
}

}  // namespace

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kAbout:
      return "about";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kRange:
      return "range";
  }
  return "exact";
}

namespace {

// Whether the word at i may begin a number: a number word or a determiner of one ("a
// dozen", "half a dozen", "several hundred"). A cheap filter before parse_core.
bool may_begin_number(const WordTokens& t, std::size_t i) {
  return number_word(t, i) || t.is_any(i, {"a", "an", "half", "several"});
}

// Trailing "or more", "-plus", "-odd" after a single number at `last`: its qualifier, with
// `last` moved past it.
std::optional<Qualifier> trailing_qualifier(const WordTokens& t, std::size_t& last) {
  if (t.is(last, "or") && t.is(last + 1, "more")) {
    last += 2;
    return Qualifier::kAtLeast;
  }
  if (t.is_dash(last) && t.joined(last) && t.joined(last + 1) &&
      t.is_any(last + 1, {"plus", "odd"})) {
    Qualifier q = t.is(last + 1, "plus") ? Qualifier::kAtLeast : Qualifier::kAbout;
    last += 2;
    return q;
  }
  if (t.is(last, "plus") && t[last].space_before) {
    last += 1;
    return Qualifier::kAtLeast;
  }
  return std::nullopt;
}

// "Karimov, 41, a local baker": an age between commas after a name.
bool age_apposition(const WordTokens& t, const Core& a, bool counted, std::size_t core_end) {
  const std::size_t core = a.first;
  return !counted && core_end == core + 1 && t[core].kind == WordKind::kNumber && !a.decimal &&
         a.raw < 120 && core >= 2 && t.is(core - 1, ",") && t[core - 2].capitalized &&
         t[core - 2].kind == WordKind::kWord && t.is(core_end, ",");
}

// Whether the number with core tokens [a.first, core_end) looks like a number but is not a
// count: a decimal, a year, money, a measure, part of a date, a compound modifier
// ("224-seat"), a code ("AK-47", "9/11"), a label, or "one" as a pronoun. `lo` is the low
// end as scaled by a range; `counted` says a range or qualifier makes it a count of
// something; `last` ends the whole phrase.
bool not_a_count(const WordTokens& t, const Core& a, const Core& lo, bool counted,
                 std::size_t core_end, std::size_t last) {
  const std::size_t core = a.first;
  if (a.decimal && lo.scale == 1) return true;
  if (year_like(t, a) && !counted && !people_noun_at(t, core_end)) return true;
  if (currency_before(t, core) || unit_after(t, core_end)) return true;
  if (t[core].kind == WordKind::kNumber && (is_month_at(t, core - 1) || is_month_at(t, core_end) ||
                                            (t.is(core_end, "of") && is_month_at(t, core_end + 1))))
    return true;
  if (last == core_end && t.is_dash(core_end) && t.joined(core_end) && t.joined(core_end + 1) &&
      core_end + 1 < t.size() && t[core_end + 1].kind != WordKind::kPunct)
    return true;  // "224-seat", "15-year-old", "four-day"
  if (core >= 2 && t.is_dash(core - 1) && t.joined(core) && t.joined(core - 1) &&
      t[core - 2].kind != WordKind::kPunct)
    return true;  // "AK-47", "mid-2023"
  if (core > 0 && (t.is(core - 1, "/") || t.is(core_end, "/")) &&
      (t.joined(core) || t.joined(core_end)))
    return true;  // "9/11", "24/7"
  if (label_before(t, core)) return true;
  if (age_apposition(t, a, counted, core_end)) return true;
  return t.is(core, "one") && core_end == core + 1 &&
         (t.is_any(core - 1, {"no", "the", "every", "any", "each", "this", "that", "which"}) ||
          t.is_any(core_end, {"another", "day", "time"}));
}

}  // namespace

std::vector<TokenQuantity> scan_quantities(const WordTokens& t, std::uint32_t base_offset) {
  std::vector<TokenQuantity> out;
  std::size_t i = 0;
  while (i < t.size()) {
    const WordKind kind = t[i].kind;
    if (kind == WordKind::kNumber && digit_date_at(t, i)) {
      i += 5;
      continue;
    }
    std::optional<Core> a;
    if (kind == WordKind::kNumber || (kind == WordKind::kWord && may_begin_number(t, i)))
      a = parse_core(t, i);
    if (!a) {
      ++i;
      continue;
    }
    std::size_t first = a->first, last = a->end;
    const bool between = first > 0 && t.is(first - 1, "between");
    const bool from = first > 0 && t.is(first - 1, "from");
    std::optional<Core> b = range_end(t, *a, between);
    if (between && !b) {
      i = last;
      continue;
    }
    Core lo = *a;
    bool skip = false;
    if (b) {
      if (lo.scale == 1 && !lo.dozen && b->scale > 1) lo.scale = b->scale;
      const bool malformed = lo.malformed || b->malformed;
      if ((!malformed && lo.value() >= b->value()) || (lo.decimal && lo.scale == 1)) b.reset();
      if (b && year_like(t, *a) && year_like(t, *b)) skip = true;  // "2015-2017"
      if (b) last = b->end;
    }
    if (between && !b) skip = true;
    Qualifier q = Qualifier::kExact;
    if (b) {
      q = Qualifier::kRange;
      if (between || from) --first;
    } else if (a->vague) {
      q = Qualifier::kAtLeast;
    } else if (a->dozen) {
      q = Qualifier::kAbout;
    }
    const std::size_t core_end = b ? b->end : a->end;
    std::optional<Qualifier> trailing = b ? std::nullopt : trailing_qualifier(t, last);
    std::optional<Match> prefix = b ? std::nullopt : qualifier_before(t, first);
    if (prefix) {
      q = prefix->qualifier;
      first = prefix->first;
    }
    if (trailing) q = *trailing;
    if (!skip && !not_a_count(t, *a, lo, b || prefix, core_end, last)) {
      TokenQuantity tq;
      tq.first = static_cast<std::uint32_t>(first);
      tq.last = static_cast<std::uint32_t>(last);
      Quantity& qty = tq.quantity;
      qty.start = base_offset + t[first].start;
      qty.end = base_offset + t[last - 1].end;
      qty.low = lo.value();
      qty.high = b ? b->value() : qty.low;
      qty.qualifier = q;
      qty.malformed = a->malformed || (b && b->malformed);
      qty.vague = a->vague && !b;
      out.push_back(tq);
    }
    i = std::max(last, i + 1);
  }
  return out;
}

std::vector<Quantity> find_quantities(std::string_view sentence, std::uint32_t base_offset) {
  const WordTokens tokens(sentence);
  std::vector<Quantity> out;
  for (const TokenQuantity& tq : scan_quantities(tokens, base_offset)) out.push_back(tq.quantity);
  return out;
}

}  // namespace dossier
