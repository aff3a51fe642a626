// Month and weekday names as written in English news: the one table of them, shared by the
// readers (publication dates) and extraction (dates in text).
#pragma once

#include <string_view>

namespace dossier {

// 1-12 for a lowercase month name or abbreviation ("march", "mar", "sept"),
// else 0. "may" is returned as 5: callers decide whether it is a month.
int month_from_word(std::string_view lower);

// True for the abbreviations ("jan", "mar", "sept") that month_from_word accepts.
bool is_month_abbreviation(std::string_view lower);

// 0 (Monday) to 6 (Sunday) for a lowercase weekday name, else -1.
int weekday_from_word(std::string_view lower);

}  // namespace dossier
