// Casualty and arrest figures in one Russian sentence.
//
// Quantities: digits ("35"), number words in any case and compounds ("двадцати четырех"),
// collective numerals ("пятеро"), ranges ("от 10 до 15", "10-15"), with qualifiers before
// them: "более", "свыше", "не менее", "минимум", "по меньшей мере" (at_least); "около",
// "порядка", "примерно", "почти" (about); "до", "не более", "менее" (at_most). Never
// quantities: day numbers before a month ("24 января"), years, times, decimals, numbers
// joined to a word ("17-летняя", "2010-го"), labels ("№15"), quantities of a unit ("7 кг",
// "40 минут"). "один" and its forms count only after a measure verb ("погиб один человек")
// and in a list of figures ("один — в больнице").
//
// A quantity becomes a figure, by the first rule that applies:
// 1. a measure word right before it: "погибли 35 человек", "скончались ещё пятеро",
//    "Госпитализированы 39 человек";
// 2. a measure word right after its noun, past "были", "из которых", "получили":
//    "24 человека погибли", "35 погибших", "о 17 жертвах", "180 были ранены", "8 человек стали
//    жертвами", "около 50
//    человек получили ранения"; a state of the wounded after "находится" / "остаются":
//    "41 человек находится в тяжелом состоянии";
// 3. a toll: "число погибших ... увеличилось до 17 человек" (exact, not "up to");
// 4. a measure or condition word at most six words before it, with no other quantity
//    between: "жертвами которых стали более тридцати человек", "раненых и того больше —
//    152", "в тяжелом состоянии — 5 человек", "Пострадали, по данным МЧС, 168 человек";
// 5. a quantity listed after a figure of the same sentence (after "," / "и" / "в том числе")
//    takes its measure: "погибли 18 человек, в том числе два сотрудника", "31 погиб на месте,
//    трое — в больницах".
// A measure word after "не" ("не пострадал") makes no figure.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/extract/figure_finder.h"

namespace dossier::ru {

// Every figure of `sentence` in text order; offsets are base_offset + byte offset.
std::vector<Figure> find_figures(std::string_view sentence, std::uint32_t base_offset);

}  // namespace dossier::ru
