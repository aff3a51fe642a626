#include "dossier/extract/event_words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace dossier {
namespace {

struct Trigger {
  std::array<std::string_view, 3> words;  // "" pads unused slots
  std::string_view type;
};

constexpr Trigger kTriggers[] = {
    {{"hostage", "crisis", ""}, "hostage-taking"},
    {{"suicide", "bombing", ""}, "suicide bombing"},
    {{"suicide", "bomber", ""}, "suicide bombing"},
    {{"suicide", "bombers", ""}, "suicide bombing"},
    {{"suicide", "attack", ""}, "suicide bombing"},
    {{"car", "bomb", ""}, "bombing"},
    {{"car", "bombs", ""}, "bombing"},
    {{"opened", "fire", ""}, "shooting"},
    {{"open", "fire", ""}, "shooting"},
    {{"set", "fire", ""}, "arson"},
    {{"shot", "down", ""}, "downing of an aircraft"},
    {{"took", "hostage", ""}, "hostage-taking"},
    {{"taken", "hostage", ""}, "hostage-taking"},
    {{"taking", "hostage", ""}, "hostage-taking"},
    {{"take", "hostage", ""}, "hostage-taking"},
    {{"held", "hostage", ""}, "hostage-taking"},
    {{"prison", "riot", ""}, "prison riot"},
    {{"prison", "riots", ""}, "prison riot"},
    {{"cross-border", "raid", ""}, "cross-border raid"},
    {{"bombing", "", ""}, "bombing"},
    {{"bomb", "", ""}, "bombing"},
    {{"bombs", "", ""}, "bombing"},
    {{"exploded", "", ""}, "bombing"},
    {{"detonated", "", ""}, "bombing"},
    {{"killing", "", ""}, "attack"},
    {{"bombings", "", ""}, "bombing"},
    {{"bombed", "", ""}, "bombing"},
    {{"blast", "", ""}, "bombing"},
    {{"blasts", "", ""}, "bombing"},
    {{"explosion", "", ""}, "bombing"},
    {{"explosions", "", ""}, "bombing"},
    {{"shooting", "", ""}, "shooting"},
    {{"arson", "", ""}, "arson"},
    {{"hostage-taking", "", ""}, "hostage-taking"},
    {{"siege", "", ""}, "hostage-taking"},
    {{"seizure", "", ""}, "hostage-taking"},
    {{"rocket", "", ""}, "rocket attack"},
    {{"rockets", "", ""}, "rocket attack"},
    {{"downed", "", ""}, "downing of an aircraft"},
    {{"rammed", "", ""}, "attack"},
    {{"ploughed", "", ""}, "attack"},
    {{"plowed", "", ""}, "attack"},
    {{"mowed", "", ""}, "attack"},
    {{"prison", "uprising", ""}, "prison riot"},
    {{"raid", "", ""}, "raid"},
    {{"abduction", "", ""}, "kidnapping"},
    {{"kidnapping", "", ""}, "kidnapping"},
    {{"assassination", "", ""}, "assassination"},
    {{"assassinated", "", ""}, "assassination"},
    {{"massacre", "", ""}, "attack"},
    {{"attack", "", ""}, "attack"},
    {{"attacks", "", ""}, "attack"},
    {{"attacked", "", ""}, "attack"},
    {{"stormed", "", ""}, "attack"},
    {{"ambush", "", ""}, "attack"},
    {{"ambushed", "", ""}, "attack"},
    {{"stabbing", "", ""}, "attack"},
    {{"bomber", "", ""}, "bombing"},
    {{"bombers", "", ""}, "bombing"},
    {{"gunman", "", ""}, "shooting"},
    {{"gunmen", "", ""}, "shooting"},
    {{"attacker", "", ""}, "attack"},
    {{"attackers", "", ""}, "attack"},
};

// A raid by the police ("a police raid in Belgium led to arrests", "captured in an
// anti-terrorist raid"): what follows an incident, not one.
bool is_police_raid(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string_view> kPolice = {
      "police",         "policemen",   "counterterrorism", "counter-terrorism",
      "anti-terrorist", "anti-terror", "anti-terrorism",   "counter-terror",
      "arrested",       "arrests",     "detained",         "captured",
      "suspects",       "suspect"};
  for (const std::string& w : words)
    if (kPolice.count(w)) return true;
  return false;
}

}  // namespace

std::string_view incident_trigger(const std::vector<std::string>& words, std::size_t i,
                                  std::size_t* length) {
  *length = 0;
  // The triggers by first word, in table order: most words start none, one hash lookup.
  static const std::unordered_map<std::string_view, std::vector<const Trigger*>> kByFirst = [] {
    std::unordered_map<std::string_view, std::vector<const Trigger*>> by_first;
    for (const Trigger& t : kTriggers) by_first[t.words[0]].push_back(&t);
    return by_first;
  }();
  const auto found = kByFirst.find(words[i]);
  if (found == kByFirst.end()) return {};
  for (const Trigger* trigger : found->second) {
    const Trigger& t = *trigger;
    std::size_t n = 0;
    while (n < 3 && !t.words[n].empty()) ++n;
    if (i + n > words.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) ok = words[i + k] == t.words[k];
    if (ok) {
      if (t.type == "raid" && is_police_raid(words)) break;
      *length = n;
      return t.type;
    }
  }
  *length = 0;
  return {};
}

std::string_view incident_kind(std::string_view type) {
  return type.find("bomb") != std::string_view::npos ? "bombing" : type;
}

std::size_t perpetrator_cue(const std::vector<std::string>& w, bool* agent_after) {
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

bool names_perpetrator_before(const std::vector<std::string>& w, std::size_t end) {
  std::size_t n = std::min(end, w.size());
  if (n > 0 && w[n - 1] == ",") --n;
  if (n == 0) return false;
  const std::string& last = w[n - 1];
  if (last == "as" && n >= 3 &&
      (w[n - 3] == "identified" || w[n - 3] == "named" || w[n - 2] == "identified" ||
       w[n - 2] == "named" || (n >= 4 && (w[n - 4] == "identified" || w[n - 4] == "named"))))
    return true;
  static const std::unordered_set<std::string_view> kAgents = {
      "bomber", "attacker", "gunman", "assailant",  "perpetrator", "suspect",   "hijacker",
      "driver", "shooter",  "killer", "ringleader", "mastermind",  "organiser", "organizer"};
  return kAgents.count(last) != 0;
}

bool is_aftermath_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "anniversary", "commemorate", "commemorated", "commemorating", "commemoration", "mourn",
      "mourned",     "mourning",    "mourners",     "funeral",       "funerals",      "memorial",
      "vigil",       "trial",       "tried",        "sentenced",     "sentence",      "convicted",
      "verdict",     "court",       "arrested",     "detained",      "charged",       "indicted",
      "extradited",  "identified",  "jury",         "guilty",        "acquitted",     "buried",
      "ceremony",    "remembrance", "born",         "came",          "arrived",       "emigrated",
      "immigrated",  "moved",       "travelled",    "traveled",      "election",      "elections",
      "vote",        "founded",     "marched",      "protested",     "condemn",       "condemned",
      "said",        "says",        "told",         "announced",     "inquiry",       "inquest"};
  return kWords.count(w) != 0;
}

bool is_retrospective_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "anniversary", "commemorate", "commemorated", "commemorating", "commemoration", "mourn",
      "trial",       "sentenced",   "convicted",    "verdict",       "jury",          "guilty",
      "acquitted",   "remembrance", "memorial",     "inquiry",       "inquest"};
  return kWords.count(w) != 0;
}

bool is_generic_context(const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (w == "threat" || w == "threats" || w == "plot" || w == "plotting" || w == "recruit" ||
        w == "propaganda" || w == "would" || w == "could" || w == "might" || w == "if")
      return true;
  return false;
}

bool is_place_preposition(std::string_view w) {
  for (std::string_view p : {"in", "at", "near", "outside", "inside", "on", "into", "across", "of",
                             "around", "throughout", "within"})
    if (w == p) return true;
  return false;
}

}  // namespace dossier
