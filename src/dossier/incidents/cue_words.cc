#include "dossier/incidents/cue_words.h"

#include <algorithm>
#include <array>

namespace dossier {
namespace {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 40> kIncident{
    "shot",     "shooting",       "shootings", "gunfire",  "gunshot",     "gunshots", "gunman",
    "gunmen",   "fired",          "killed",    "slain",    "homicide",    "murder",   "murdered",
    "stabbed",  "stabbing",       "wounded",   "injured",  "died",        "dead",     "killing",
    "shots",    "fatally",        "shootout",  "bullet",   "wounds",      "wound",    "opened",
    "exchange", "murder-suicide", "gunpoint",  "robbery",  "struck",      "bombing",  "explosion",
    "attack",   "attacked",       "hit",       "critical", "hospitalized"};
constexpr std::array<std::string_view, 38> kAftermath{
    "charged",    "charges",     "court",     "arraigned",  "arraignment", "sentenced", "sentence",
    "sentencing", "pleaded",     "plea",      "trial",      "jury",        "hearing",   "bond",
    "bail",       "vigil",       "funeral",   "memorial",   "identified",  "autopsy",   "booked",
    "jail",       "prosecutors", "indicted",  "indictment", "convicted",   "verdict",   "judge",
    "appeared",   "released",    "arrested",  "custody",    "warrant",     "lawsuit",   "guilty",
    "rally",      "honored",     "remembered"};
constexpr std::array<std::string_view, 14> kTimeOfDay{
    "morning", "night",    "afternoon", "evening", "overnight", "a.m.", "p.m.",
    "noon",    "midnight", "am",        "pm",      "tonight",   "dawn", "o'clock"};

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
}

}  // namespace

std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    const bool inner =
        (c == '.' || c == '-') && !cur.empty() && i + 1 < text.size() && word_char(text[i + 1]);
    if (word_char(c) || inner || (c == '.' && cur.size() == 3 && cur[1] == '.')) {
      cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  return out;
}

bool is_incident_cue(std::string_view w) { return in(kIncident, w); }
bool is_follow_up_word(std::string_view w) { return in(kAftermath, w); }
bool is_time_of_day_word(std::string_view w) { return in(kTimeOfDay, w); }

bool reports_incident(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1]) : "";
    if (w == "shooting" || w == "shootings" || w == "gunfire" || w == "gunshot" ||
        w == "gunshots" || w == "homicide" || w == "murder-suicide" || w == "shootout" ||
        w == "stabbing" || w == "slain")
      return true;
    if ((w == "shot" || w == "stabbed" || w == "killed" || w == "murdered" || w == "wounded") &&
        i > 0) {
      const std::string& prev = words[i - 1];
      if (prev == "was" || prev == "were" || prev == "been" || prev == "being" || prev == "is" ||
          prev == "are" || prev == "has" || prev == "have" || prev == "had" || prev == "fatally" ||
          prev == "accidentally" || prev == "and" || prev == "who")
        return true;
    }
    if (w == "shot" && (next == "and" || next == "dead" || next == "himself" || next == "herself" ||
                        next == "at" || next == "in" || next == "by" || next == "him" ||
                        next == "her" || next == "them" || next == "his"))
      return true;
    if (w == "opened" && next == "fire") return true;
    if (w == "shots" && (next == "fired" || next == "rang")) return true;
  }
  return false;
}

}  // namespace dossier
