// Dates in Russian text, with the evidence rules of the English date finder (date_finder.h).
//
// Absolute: "24 января 2011 года", "29 марта 2010-го", "22.03.2024", "в марте 2010 года"
// (month), "в 2010 году", "2010 г." (year). Deictic forms resolve against the publication
// date only: "24 января" without a year (the latest such day on or before it), "в пятницу",
// "в ночь на субботу" (the latest such weekday on or before it), "вчера", "накануне" (the
// day before), "сегодня", "N лет назад" (year precision). Without a publication date a day
// and month, or a weekday, is still emitted with an empty date and its month_day or weekday
// hint, like the English finder does.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"

namespace dossier::ru {

// Every date in `text`, whose sentences are given as [start, end) byte offsets in text order;
// `published` may be empty.
std::vector<DateMention> find_dates(
    std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
    const PartialDate& published);

}  // namespace dossier::ru
