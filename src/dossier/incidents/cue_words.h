// The English words the incident stage reads a sentence by: what reports an incident
// ("shot", "gunfire", "homicide"), what tells of its aftermath in court or at a vigil
// ("charged", "sentenced", "funeral"), and the times of day ("night", "a.m.").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// The lower-case ASCII words of `text` (letters, digits, apostrophes and inner dots kept:
// "a.m.", "p.m.", "o'clock"), in order.
std::vector<std::string> lower_words(std::string_view text);

// Cue classes of one word (lower case).
bool is_incident_cue(std::string_view w);      // shot, shooting, gunfire, killed, homicide...
bool is_follow_up_word(std::string_view w);    // charged, court, sentenced, vigil, funeral...
bool is_time_of_day_word(std::string_view w);  // morning, night, a.m., noon...

// A sentence reports an incident in local-news words: a shooting, a killing, a gunshot
// wound, a body found ("was shot and killed", "gunfire erupted", "found with a gunshot
// wound", "opened fire", "murder-suicide").
bool reports_incident(const std::vector<std::string>& words);

}  // namespace dossier
