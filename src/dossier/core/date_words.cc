#include "dossier/core/date_words.h"

#include <array>

namespace dossier {
namespace {

struct NamedNumber {
  std::string_view name;
  int number;
};

constexpr std::array<NamedNumber, 12> kMonths = {{{"january", 1},
                                                  {"february", 2},
                                                  {"march", 3},
                                                  {"april", 4},
                                                  {"may", 5},
                                                  {"june", 6},
                                                  {"july", 7},
                                                  {"august", 8},
                                                  {"september", 9},
                                                  {"october", 10},
                                                  {"november", 11},
                                                  {"december", 12}}};

constexpr std::array<NamedNumber, 12> kMonthAbbreviations = {{{"jan", 1},
                                                              {"feb", 2},
                                                              {"mar", 3},
                                                              {"apr", 4},
                                                              {"jun", 6},
                                                              {"jul", 7},
                                                              {"aug", 8},
                                                              {"sep", 9},
                                                              {"sept", 9},
                                                              {"oct", 10},
                                                              {"nov", 11},
                                                              {"dec", 12}}};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

int month_from_word(std::string_view lower) {
  if (lower.size() < 3 || lower.size() > 9) return 0;
  for (const auto& m : kMonths)
    if (m.name == lower) return m.number;
  for (const auto& m : kMonthAbbreviations)
    if (m.name == lower) return m.number;
  return 0;
}

bool is_month_abbreviation(std::string_view lower) {
  for (const auto& m : kMonthAbbreviations)
    if (m.name == lower) return true;
  return false;
}

int weekday_from_word(std::string_view lower) {
  if (lower.size() < 6 || lower.size() > 9) return -1;
  for (std::size_t i = 0; i < kWeekdays.size(); ++i)
    if (kWeekdays[i] == lower) return static_cast<int>(i);
  return -1;
}

}  // namespace dossier
