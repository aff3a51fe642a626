#include "dossier/extract/event_words.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace dossier {

std::string_view incident_kind(std::string_view type) {
  return type.find("bomb") != std::string_view::npos ? "bombing" : type;
}

std::size_t perpetrator_cue(const LanguagePack&, const std::vector<std::string>& w,
                            bool* agent_after) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    // Most words start no cue: reject them with one hash lookup.
    static const std::unordered_set<std::string_view> kFirstWords = {
        "claimed",      "claiming",       "claims",     "claim",      "took",
        "taken",        "accepted",       "admitted",   "takes",      "carried",
        "perpetrated",  "conducted",      "attributed", "blamed",     "linked",
        "orchestrated", "responsibility", "behind",     "responsible"};
    if (!kFirstWords.count(w[i])) continue;
    auto at = [&](std::size_t k) {
      return i + k < w.size() ? std::string_view(w[i + k]) : std::string_view();
    };
    const bool took = at(0) == "took" || at(0) == "taken" || at(0) == "accepted" ||
                      at(0) == "admitted" || at(0) == "takes";
    if (((at(0) == "claimed" || at(0) == "claiming" || at(0) == "claims" || at(0) == "claim") &&
         (at(1) == "responsibility" || at(1) == "the" || at(1) == "to" || at(1) == "credit" ||
          at(2) == "responsibility")) ||
        (took && (at(1) == "responsibility" || at(2) == "responsibility"))) {
      *agent_after = false;
      return i + 1;
    }
    if ((at(0) == "carried" && at(1) == "out" && at(2) == "by") ||
        (at(0) == "perpetrated" && at(1) == "by") || (at(0) == "conducted" && at(1) == "by") ||
        (at(0) == "attributed" && at(1) == "to") || (at(0) == "blamed" && at(1) == "on") ||
        (at(0) == "linked" && at(1) == "to") || (at(0) == "orchestrated" && at(1) == "by") ||
        (at(0) == "responsibility" && at(1) == "of")) {
      *agent_after = true;
      return i + (at(0) == "carried" ? 3 : 2);
    }
    if (at(0) == "behind") {
      *agent_after = true;
      return i + 1;
    }
    if (at(0) == "responsible" && at(1) == "for") {
      *agent_after = false;
      return i + 1;
    }
  }
  return 0;
}

namespace {

// 1-12 from "a", "one" ... "twelve" or digits, else 0.
int small_count(const std::string& w) {
  static constexpr std::string_view kWords[] = {"one",  "two", "three",  "four",
                                                "five", "six", "seven",  "eight",
                                                "nine", "ten", "eleven", "twelve"};
  if (w == "a" || w == "an") return 1;
  for (int k = 0; k < 12; ++k)
    if (w == kWords[k]) return k + 1;
  if (!w.empty() && w.size() <= 2 && std::isdigit(static_cast<unsigned char>(w[0])))
    return std::atoi(w.c_str());
  return 0;
}

int unit_in_days(const std::string& w) {
  if (w == "day" || w == "days") return 1;
  if (w == "week" || w == "weeks") return 7;
  if (w == "month" || w == "months") return 30;
  if (w == "year" || w == "years") return 365;
  return 0;
}

}  // namespace

int earlier_incident_cue(const std::vector<std::string>& words, std::size_t i, int* unit_days,
                         std::size_t* cue_start) {
  *unit_days = 0;
  int found = -1;
  // The cue stands at most six words before the trigger ("after a Taliban-claimed hotel").
  const std::size_t floor = i >= 6 ? i - 6 : 0;
  for (std::size_t k = i; k-- > floor && found < 0;) {
    const std::string& w = words[k];
    if (w == "." || w == ";" || w == "," || w == "and" || w == "which" || w == "that") break;
    if (w == "since" && k > 0 &&
        (words[k - 1] == "worst" || words[k - 1] == "deadliest" || words[k - 1] == "biggest" ||
         words[k - 1] == "bloodiest" || words[k - 1] == "first" || words[k - 1] == "largest")) {
      *cue_start = k;
      found = 0;
    } else if (w == "after" && k >= 2 && unit_in_days(words[k - 1])) {
      // "a week after", "three months after": the interval dates the earlier incident.
      // Without a count ("in the days after the bombing") there is no interval.
      const int count = small_count(words[k - 2]);
      *unit_days = count ? unit_in_days(words[k - 1]) : 0;
      *cue_start = k - 2;
      found = count * *unit_days;
    } else if ((w == "after" || w == "before") && k >= 1 && k + 1 < words.size() &&
               (words[k + 1] == "another" || words[k + 1] == "a" || words[k + 1] == "an") &&
               (words[k - 1] == "minutes" || words[k - 1] == "moments" || words[k - 1] == "hours" ||
                words[k - 1] == "seconds")) {
      // "minutes before another explosion struck ...": another incident the same day (not
      // "hours after the bombing", the same incident).
      *unit_days = 1;
      *cue_start = k >= 2 && small_count(words[k - 2]) ? k - 2 : k - 1;
      found = 0;
    } else if (w == "after" && k >= 1 &&
               (words[k - 1] == "came" || words[k - 1] == "comes" || words[k - 1] == "follows" ||
                words[k - 1] == "followed")) {
      *cue_start = k;
      found = 0;
    }
  }
  if (found >= 0) return found;
  // "a similar attack", "the previous bombing", "an earlier blast".
  if (i > 0 && (words[i - 1] == "similar" || words[i - 1] == "previous" ||
                words[i - 1] == "earlier" || words[i - 1] == "prior")) {
    const bool article = i > 1 && (words[i - 2] == "a" || words[i - 2] == "an" ||
                                   words[i - 2] == "the" || words[i - 2] == "another");
    *cue_start = article ? i - 2 : i - 1;
    return 0;
  }
  return -1;
}

bool names_perpetrator_before(const LanguagePack& pack, const std::vector<std::string>& w,
                              std::size_t end) {
  std::size_t n = std::min(end, w.size());
  if (n > 0 && w[n - 1] == ",") --n;
  if (n == 0) return false;
  const std::string& last = w[n - 1];
  if (last == "as" && n >= 3 &&
      (w[n - 3] == "identified" || w[n - 3] == "named" || w[n - 2] == "identified" ||
       w[n - 2] == "named" || (n >= 4 && (w[n - 4] == "identified" || w[n - 4] == "named"))))
    return true;
  return pack.list("perpetrator_nouns").contains(last);
}

bool generic_plural(const std::vector<std::string>& words, std::size_t i) {
  const std::string& w = words[i];
  const bool definite = i > 0 && (words[i - 1] == "the" || words[i - 1] == "twin" ||
                                  words[i - 1] == "both" || words[i - 1] == "two");
  return w.size() > 3 && w.back() == 's' && w != "siege" && w != "bombers" && w != "attackers" &&
         !definite;
}

}  // namespace dossier
