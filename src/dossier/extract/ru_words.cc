#include "dossier/extract/ru_words.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "dossier/core/unicode_case.h"

namespace dossier::ru {
namespace {

bool starts(std::string_view word, std::string_view prefix) {
  return word.size() >= prefix.size() && word.substr(0, prefix.size()) == prefix;
}

bool starts_any(std::string_view word, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (starts(word, p)) return true;
  return false;
}

bool any_of(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (word == w) return true;
  return false;
}

// Every case form of the cardinal and collective numerals.
const std::unordered_map<std::string_view, NumberWord>& number_table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, NumberWord>;
    auto add = [&](std::int64_t v, std::initializer_list<std::string_view> forms) {
      for (std::string_view f : forms) (*t)[f] = NumberWord{v};
    };
    for (std::string_view f :
         {"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одною"})
      (*t)[f] = NumberWord{1, false, false, true};
    add(2, {"два", "две", "двух", "двум", "двумя"});
    add(3, {"три", "трех", "трёх", "трем", "трём", "тремя"});
    add(4, {"четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"});
    add(5, {"пять", "пяти", "пятью"});
    add(6, {"шесть", "шести", "шестью"});
    add(7, {"семь", "семи", "семью"});
    add(8, {"восемь", "восьми", "восемью", "восьмью"});
    add(9, {"девять", "девяти", "девятью"});
    add(10, {"десять", "десяти", "десятью"});
    add(11, {"одиннадцать", "одиннадцати"});
    add(12, {"двенадцать", "двенадцати"});
    add(13, {"тринадцать", "тринадцати"});
    add(14, {"четырнадцать", "четырнадцати"});
    add(15, {"пятнадцать", "пятнадцати"});
    add(16, {"шестнадцать", "шестнадцати"});
    add(17, {"семнадцать", "семнадцати"});
    add(18, {"восемнадцать", "восемнадцати"});
    add(19, {"девятнадцать", "девятнадцати"});
    add(20, {"двадцать", "двадцати", "двадцатью"});
    add(30, {"тридцать", "тридцати", "тридцатью"});
    add(40, {"сорок", "сорока"});
    add(50, {"пятьдесят", "пятидесяти", "пятьюдесятью"});
    add(60, {"шестьдесят", "шестидесяти", "шестьюдесятью"});
    add(70, {"семьдесят", "семидесяти", "семьюдесятью"});
    add(80, {"восемьдесят", "восьмидесяти", "восемьюдесятью"});
    add(90, {"девяносто", "девяноста"});
    add(100, {"сто", "ста"});
    add(200, {"двести", "двухсот", "двумстам", "двумястами", "двухстах"});
    add(300, {"триста", "трехсот", "трёхсот", "тремстам", "тремястами", "трехстах"});
    add(400, {"четыреста", "четырехсот", "четырёхсот", "четырьмястами"});
    add(500, {"пятьсот", "пятисот", "пятистам", "пятьюстами", "пятистах"});
    add(600, {"шестьсот", "шестисот"});
    add(700, {"семьсот", "семисот"});
    add(800, {"восемьсот", "восьмисот"});
    add(900, {"девятьсот", "девятисот"});
    for (std::string_view f :
         {"тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах"})
      (*t)[f] = NumberWord{1000, true};
    for (std::string_view f : {"миллион", "миллиона", "миллионов", "миллионам", "миллионами"})
      (*t)[f] = NumberWord{1000000, true};
    auto collective = [&](std::int64_t v, std::initializer_list<std::string_view> forms) {
      for (std::string_view f : forms) (*t)[f] = NumberWord{v, false, true};
    };
    collective(2, {"двое", "двоих", "двоим", "двоими"});
    collective(3, {"трое", "троих", "троим", "троими"});
    collective(4, {"четверо", "четверых", "четверым", "четверыми"});
    collective(5, {"пятеро", "пятерых", "пятерым", "пятерыми"});
    collective(6, {"шестеро", "шестерых", "шестерым"});
    collective(7, {"семеро", "семерых", "семерым"});
    collective(8, {"восьмеро", "восьмерых"});
    collective(9, {"девятеро", "девятерых"});
    collective(10, {"десятеро", "десятерых"});
    return t;
  }();
  return *table;
}

}  // namespace

SentenceWords::SentenceWords(std::string_view sentence) : t(sentence) {
  lower.reserve(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) lower.push_back(unicode_lower(t.text(i)));
}

bool SentenceWords::stop(std::size_t i) const {
  return t[i].kind == WordKind::kPunct &&
         (lower[i] == "." || lower[i] == ";" || lower[i] == "!" || lower[i] == "?");
}

std::int64_t digits_value(std::string_view token, std::size_t max_digits) {
  if (token.empty() || token.size() > max_digits) return -1;
  std::int64_t v = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<NumberWord> number_word(std::string_view lower) {
  const auto& t = number_table();
  auto it = t.find(lower);
  if (it == t.end()) return std::nullopt;
  return it->second;
}

int month(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kStems = {
      "январ", "феврал", "март",    "апрел",  "ма",    "июн",
      "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};
  for (int m = 0; m < 12; ++m) {
    if (!starts(w, kStems[m])) continue;
    const std::string_view rest = w.substr(kStems[m].size());
    // "мая", "май", "мае"; "марта", "марте"; "января", "январь", "январе".
    if (any_of(rest, {"", "а", "я", "е", "ь", "й"})) return m + 1;
  }
  return 0;
}

int weekday(std::string_view w) {
  static constexpr std::array<std::array<std::string_view, 3>, 7> kForms = {{
      {"понедельник", "понедельника", ""},
      {"вторник", "вторника", ""},
      {"среда", "среду", "среды"},
      {"четверг", "четверга", ""},
      {"пятница", "пятницу", "пятницы"},
      {"суббота", "субботу", "субботы"},
      {"воскресенье", "воскресенья", ""},
  }};
  for (int d = 0; d < 7; ++d)
    for (std::string_view f : kForms[d])
      if (!f.empty() && w == f) return d;
  return -1;
}

std::optional<Measure> measure_word(std::string_view w) {
  if (starts_any(w, {"погиб", "убит", "убив", "убил", "жертв", "скончал", "гибел", "мертв"}) ||
      any_of(w, {"умер", "умерла", "умерли", "умерших", "умершие", "умершими"}))
    return Measure::kKilled;
  if (starts_any(w, {"ранен", "ранил", "ранени", "пострада", "госпитализ", "травм", "покалеч"}))
    return Measure::kWounded;
  if (starts_any(w, {"задержа", "арестова", "обвинен", "обвинён", "обвинил", "задерж"}) &&
      !starts(w, "задержк"))
    return Measure::kArrested;
  if (starts_any(w, {"заложник", "похищ", "похити"})) return Measure::kKidnapped;
  return std::nullopt;
}

bool is_condition_word(std::string_view w) {
  return starts_any(
      w, {"тяжел", "тяжёл", "критическ", "реанимац", "больниц", "стационар", "медучрежден"});
}

bool is_unit_word(std::string_view w) {
  return starts_any(w, {"килограм", "грамм",  "тонн",    "минут", "секунд", "недел",  "месяц",
                        "километр", "метр",   "процент", "рубл",  "доллар", "евро",   "этаж",
                        "вагон",    "станци", "стать",   "курс",  "класс",  "калибр", "маршрут"}) ||
         any_of(w, {"кг",   "км",   "м",     "мм",   "г",     "т",     "лет",  "год",
                    "года", "году", "годом", "годы", "годов", "раз",   "раза", "день",
                    "дня",  "дней", "час",   "часа", "часов", "сутки", "суток"});
}

std::optional<Measure> toll_subject(const std::vector<std::string>& words, std::size_t i) {
  if (i + 1 >= words.size() || !(words[i] == "число" || words[i] == "количество")) return {};
  return measure_word(words[i + 1]);
}

std::size_t perpetrator_cue(const LanguagePack& pack, const std::vector<std::string>& words,
                            bool* agent_after) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (starts(w, "ответственност")) {
      // "X взяла на себя ответственность": the agent first; "Ответственность за теракт
      // взяло на себя X": the agent last.
      for (std::size_t k = i >= 4 ? i - 4 : 0; k < words.size() && k <= i + 4; ++k)
        if (k != i && starts_any(words[k], {"взял", "взяли", "взяло", "взяла", "берет", "берёт"})) {
          *agent_after = k > i;
          return std::max(i, k) + 1;
        }
      continue;
    }
    if (!starts_any(w,
                    {"устроил", "совершил", "организовал", "осуществил", "устроила", "совершила"}))
      continue;
    // "X устроил взрыв" names X first; "взрыв ... устроил X" after.
    bool trigger_before = false;
    for (std::size_t k = 0; k < i && !trigger_before; ++k) {
      std::size_t len;
      trigger_before = !pack.trigger(words, k, &len).empty();
    }
    *agent_after = trigger_before;
    return i + 1;
  }
  return 0;
}

bool names_perpetrator_before(const LanguagePack& pack, const std::vector<std::string>& words,
                              std::size_t end) {
  const WordList& nouns = pack.list("perpetrator_nouns");
  for (std::size_t k = end >= 4 ? end - 4 : 0; k < end; ++k)
    if (nouns.contains(words[k])) return true;
  return false;
}

}  // namespace dossier::ru
