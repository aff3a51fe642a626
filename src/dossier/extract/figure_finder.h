// Casualty and arrest figures in one sentence: a stated quantity tied to a
// measure by local syntax.
//
// A quantity (see number_finder.h) becomes a figure when, within its clause:
// - its noun phrase ends in a measure noun: "nearly 100 fatalities", "45 injuries";
// - an active measure verb precedes it, with at most "the/all/another/his/their"
//   or "a total of" between: "killed over 130 people", "killing 94 mourners",
//   "injuring 45", "caught the four terrorists", "hospitalized 50";
// - a "noun of" precedes it: "the arrest of 11 people", "the deaths of 3",
//   "the bodies of 12", "claimed the lives of 20"; or "shot dead", "gunned
//   down", "killed himself and" do;
// - a toll phrase precedes it: "the death toll rose to 137", "death toll at up
//   to 100,000", "the number of injured reached 50";
// - its noun phrase is followed (after auxiliaries such as "were", "have been",
//   "reportedly") by a measure participle, adjective or phrase: "12 were
//   wounded", "144 dead", "20 people lost their lives", "three suspects were
//   taken into custody", "five people are missing", "1 dead, 3 injured",
//   "two staff members and four locals died" (both figures). A transitive past
//   form without a "be" auxiliary that is followed by an object ("four gunmen
//   killed 144") is active and does not apply to the number before it;
// - it is coordinated ("and", ",") right after a figure found by a verb before
//   it: "killed 13 US soldiers and 170 Afghans" gives two killed figures.
// - it names a part of a measured group: "Nineteen of the 30 dead", "including
//   (those of) 31 women", "among them two priests", ", 9 of whom were
//   charged", "the victims, 12 of them children", a number inside a figure's
//   parenthetical ("five hikers -- three Danes and a Pole -- were hurt"),
//   a list after "the victims were", a gapped clause ("four were held in Osh
//   and three in Bishkek"), "along with two others" after "taken into
//   custody", "freed all but 30 of the detainees" (the rest are held).
// The noun phrase may carry parentheticals before its verb ("40 people, most
// of them farmers, were killed"), an adverb ("were slightly injured"), "and"
// before a plain noun ("8 pupils and teachers"), "of" before a name ("villagers
// of Kulob"). Phrases after it include "pronounced dead", "received a gunshot
// wound", "(still) critical", "on life support", "on trial", "appeared in
// court", "held for questioning", "placed under arrest", "rounded up".
// Never figures: vague words for "many" ("dozens", "scores of", "hundreds": a reader
// cannot count them), malformed or zero quantities, quantities whose noun is a unit
// ("four days", "two decades", "3 km", "five times"), "casualties" and "killed or
// wounded" (killed and wounded together: not mappable to one measure), verbs outside
// the measures ("four gunmen stormed", "1,000 soldiers were deployed"), negated
// clauses ("were not injured"), "all but N" outside "freed all but N" ("all but two
// were killed" counts the others).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/extract/number_finder.h"

namespace dossier {

enum class Measure : unsigned char { kKilled, kWounded, kArrested, kMissing, kKidnapped };

// "killed", "wounded", "arrested", "missing", "kidnapped". The hospitalized count as
// wounded, the charged as arrested (the annotation convention of the gold sets).
std::string_view to_string(Measure measure);

struct Figure {
  std::uint32_t start = 0, end = 0;  // evidence phrase: trigger and quantity (base_offset added)
  Measure measure = Measure::kKilled;
  std::int64_t low = 0, high = 0;
  Qualifier qualifier = Qualifier::kExact;
  // Wounded only: the figure counts people hit ("was shot", "taken to the hospital"), who may
  // be among the dead the report counts too; false when it says they survived ("wounded",
  // "in critical condition") or adds a victim ("another man was shot").
  bool hit = false;
};

// Every figure of `sentence` in text order; offsets are base_offset + byte offset.
std::vector<Figure> find_figures(std::string_view sentence, std::uint32_t base_offset);

}  // namespace dossier
