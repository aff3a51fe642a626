#include "dossier/extract/name_words.h"

#include <algorithm>
#include <array>
#include <string>

namespace dossier {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 88> kTitles = {"President",
                                                      "president",
                                                      "Vice",
                                                      "Prime",
                                                      "Minister",
                                                      "minister",
                                                      "General",
                                                      "Gen.",
                                                      "Gen",
                                                      "Lt.",
                                                      "Lieutenant",
                                                      "Colonel",
                                                      "Col.",
                                                      "Major",
                                                      "Maj.",
                                                      "Captain",
                                                      "Capt.",
                                                      "Sergeant",
                                                      "Sgt.",
                                                      "Admiral",
                                                      "Adm.",
                                                      "Brig.",
                                                      "Brigadier",
                                                      "Marshal",
                                                      "Commander",
                                                      "commander",
                                                      "Mr.",
                                                      "Mrs.",
                                                      "Ms.",
                                                      "Mr",
                                                      "Mrs",
                                                      "Ms",
                                                      "Dr.",
                                                      "Dr",
                                                      "Prof.",
                                                      "Professor",
                                                      "Sheikh",
                                                      "Shaikh",
                                                      "Emir",
                                                      "Amir",
                                                      "King",
                                                      "Queen",
                                                      "Prince",
                                                      "Princess",
                                                      "Pope",
                                                      "Senator",
                                                      "Sen.",
                                                      "Rep.",
                                                      "Representative",
                                                      "Governor",
                                                      "Gov.",
                                                      "Mayor",
                                                      "Chief",
                                                      "chief",
                                                      "Judge",
                                                      "Justice",
                                                      "Director",
                                                      "director",
                                                      "Secretary",
                                                      "Ambassador",
                                                      "Spokesman",
                                                      "spokesman",
                                                      "Spokeswoman",
                                                      "spokeswoman",
                                                      "Spokesperson",
                                                      "Leader",
                                                      "leader",
                                                      "Chairman",
                                                      "Chairwoman",
                                                      "Chancellor",
                                                      "Foreign",
                                                      "Interior",
                                                      "Defense",
                                                      "Defence",
                                                      "Deputy",
                                                      "deputy",
                                                      "Supreme",
                                                      "Ayatollah",
                                                      "Imam",
                                                      "Mullah",
                                                      "Field",
                                                      "Officer",
                                                      "Premier",
                                                      "Archbishop",
                                                      "Bishop",
                                                      "Patriarch",
                                                      "Crown",
                                                      "Sir"};

constexpr std::array<std::string_view, 40> kCompoundSuffixes = {
    "led",   "backed",     "based",   "affiliated", "linked",    "born",    "bound",
    "style", "inspired",   "allied",  "controlled", "sponsored", "aligned", "occupied",
    "held",  "run",        "funded",  "made",       "friendly",  "related", "centric",
    "owned", "oriented",   "leaning", "supported",  "trained",   "claimed", "era",
    "type",  "connected",  "focused", "majority",   "dominated", "centred", "centered",
    "bred",  "registered", "flagged", "area",       "wide"};

constexpr std::array<std::string_view, 56> kCommonCapitalized = {
    "However",   "But",         "And",     "Yet",     "Also",      "Meanwhile",
    "Moreover",  "Furthermore", "Still",   "Thus",    "Therefore", "Although",
    "While",     "When",        "After",   "Before",  "Since",     "During",
    "According", "Immediately", "Monday",  "Tuesday", "Wednesday", "Thursday",
    "Friday",    "Saturday",    "Sunday",  "January", "February",  "March",
    "April",     "June",        "July",    "August",  "September", "October",
    "November",  "December",    "Photo",   "Read",    "More",      "Advertisement",
    "Subscribe", "Share",       "Related", "Update",  "Updated",   "Breaking",
    "Image",     "Video",       "Source",  "Sources", "Editor",    "Analysis",
    "Opinion",   "Comment"};

constexpr std::array<std::string_view, 24> kGenericNouns = {
    "Office", "Department", "Police",   "Sheriff", "Hospital",  "County",     "City",   "Jr",
    "Sr",     "Center",     "Division", "Unit",    "Station",   "School",     "Church", "Court",
    "Click",  "Update",     "Updates",  "Block",   "Apartment", "Apartments", "Park",   "Mall"};

// "Court" and "Place" are left out: "District Court" is a body, "Crown Place" may be a firm.
constexpr std::array<std::string_view, 30> kStreetSuffixes = {
    "Road",  "Rd",      "Street",     "St",       "Avenue",  "Ave",     "Av",   "Boulevard",
    "Blvd",  "Drive",   "Dr",         "Lane",     "Ln",      "Parkway", "Pkwy", "Highway",
    "Hwy",   "Pike",    "Circle",     "Cir",      "Terrace", "Trail",   "Way",  "Square",
    "Plaza", "Freeway", "Expressway", "Turnpike", "Alley",   "Row"};

constexpr std::array<std::string_view, 24> kNameParticles = {
    "al", "al-", "el", "el-", "bin", "ibn", "bint", "ben", "van", "von", "de", "da",
    "di", "du",  "la", "le",  "der", "den", "del",  "dos", "das", "ul",  "ud", "ad"};

constexpr std::array<std::string_view, 18> kRegionQualifiers = {
    "Central",   "North",        "South",        "East",      "West",      "Northern",
    "Southern",  "Eastern",      "Western",      "Northeast", "Northwest", "Southeast",
    "Southwest", "Northeastern", "Southeastern", "Middle",    "Latin",     "Sub-Saharan"};

constexpr std::array<std::string_view, 12> kRegionalAdjectives = {
    "Asian",     "African", "European", "Eurasian",      "Scandinavian", "Nordic",
    "Caribbean", "Balkan",  "Sahelian", "Mediterranean", "Oceanian",     "Transcaucasian"};

}  // namespace

bool is_name_particle(std::string_view t) { return in(kNameParticles, t); }
bool is_region_qualifier(std::string_view t) { return in(kRegionQualifiers, t); }
bool is_regional_adjective(std::string_view t) { return in(kRegionalAdjectives, t); }

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = s[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0x80) return false;
  // Cyrillic capitals А..Я (U+0410..U+042F) and Ё, Latin-1 capitals.
  if (s.size() >= 2) {
    unsigned char d = s[1];
    if (c == 0xD0 && d >= 0x81 && d <= 0xAF) return true;
    if (c == 0xC3 && d >= 0x80 && d <= 0x9E) return true;
    if (c == 0xC5 || c == 0xC4) return (d % 2) == 0;  // Latin Extended-A pairs
  }
  return false;
}

bool is_article(std::string_view t) { return t == "the" || t == "The" || t == "THE"; }

bool is_possessive(std::string_view t) {
  return t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019" || t == "'S";
}

bool is_title(std::string_view t) { return in(kTitles, t); }

bool is_compound_suffix(std::string_view tail) { return in(kCompoundSuffixes, tail); }

bool is_common_capitalized(std::string_view t) { return in(kCommonCapitalized, t); }

bool is_generic_noun(std::string_view t) {
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (in(kGenericNouns, t) || is_street_suffix(t)) return true;
  // "OFFICE", "JR": a heading's capitals.
  if (t.size() < 2 || std::any_of(t.begin(), t.end(), [](char c) { return c < 'A' || c > 'Z'; }))
    return false;
  std::string title(t.substr(0, 1));
  for (char c : t.substr(1)) title += static_cast<char>(c - 'A' + 'a');
  return in(kGenericNouns, title) || is_street_suffix(title);
}

bool is_street_suffix(std::string_view t) {
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  return in(kStreetSuffixes, t);
}

bool looks_like_acronym(std::string_view t) {
  int upper = 0, lower_run = 0;
  for (char c : t) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      lower_run = 0;
    } else if (c >= 'a' && c <= 'z') {
      if (++lower_run > 1) return false;
    } else if (c == ' ') {
      return false;
    } else {
      lower_run = 0;
    }
  }
  return upper >= 2;
}

std::string_view alias_connector(std::string_view between) {
  if (between == " (" || between == "(") return "parenthetical";
  for (std::string_view aka :
       {", also known as ", " (also known as ", " also known as ", " (aka ", " (a.k.a. ", ", aka ",
        ", a.k.a. ", ", known as ", " (known as ", ", also called ", " (also called "})
    if (between == aka) return "also-known-as";
  return {};
}

}  // namespace dossier
