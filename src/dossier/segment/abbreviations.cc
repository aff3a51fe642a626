#include "dossier/segment/abbreviations.h"

#include <algorithm>
#include <array>

namespace dossier {
namespace {

// Sorted for binary search.
constexpr auto kTitles = std::to_array<std::string_view>({
    "Adm", "Amb",  "Brig", "Capt", "Cdr",  "Cmdr", "Col", "Cpl",  "Dr",     "Fr",
    "Ft",  "Gen",  "Gens", "Gov",  "Hon",  "Insp", "Lt",  "Maj",  "Messrs", "Mlle",
    "Mme", "Mr",   "Mrs",  "Ms",   "Mt",   "No",   "Nos", "Pres", "Prof",   "Pvt",
    "Rep", "Reps", "Rev",  "Sen",  "Sens", "Sgt",  "St",  "Supt",
});

constexpr auto kGeneral = std::to_array<std::string_view>({
    "Ala", "Apr",  "Ariz", "Ark",  "Assn",   "Aug",  "Ave", "Blvd", "Bros", "Calif",
    "Co",  "Colo", "Conn", "Corp", "Dec",    "Dept", "Feb", "Fig",  "Fla",  "Ga",
    "Inc", "Jan",  "Jr",   "Jul",  "Jun",    "Kan",  "Ky",  "Ltd",  "Mar",  "Mass",
    "Md",  "Mich", "Minn", "Mont", "Neb",    "Nev",  "Nov", "Oct",  "Okla", "Ore",
    "Pa",  "Rd",   "Sep",  "Sept", "Sr",     "Tenn", "Tex", "Univ", "Va",   "Vol",
    "Vt",  "Wis",  "Wyo",  "al",   "approx", "cf",   "etc", "vs",
});

constexpr auto kOpeners = std::to_array<std::string_view>({
    "A",       "According", "After", "Also", "Although",  "An",      "And",    "As",    "At",
    "Because", "Before",    "Both",  "But",  "By",        "Despite", "During", "Each",  "Earlier",
    "For",     "From",      "He",    "Her",  "His",       "However", "I",      "If",    "In",
    "It",      "Its",       "Later", "Many", "Meanwhile", "Most",    "On",     "One",   "Our",
    "Several", "She",       "Since", "So",   "Some",      "Still",   "That",   "The",   "Their",
    "There",   "These",     "They",  "This", "Those",     "Though",  "Today",  "Under", "We",
    "What",    "When",      "While", "Who",  "With",      "Yet",     "You",
});

static_assert(std::is_sorted(kTitles.begin(), kTitles.end()));
static_assert(std::is_sorted(kGeneral.begin(), kGeneral.end()));
static_assert(std::is_sorted(kOpeners.begin(), kOpeners.end()));

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (contains(kGeneral, word)) return AbbreviationKind::kGeneral;
  return AbbreviationKind::kNone;
}

bool is_sentence_opener(std::string_view word) { return contains(kOpeners, word); }

}  // namespace dossier
