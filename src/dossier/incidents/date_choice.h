// Which day a report's incident happened: rules propose the days the report gives (its
// publication date; "Tuesday night", "yesterday", "this morning", "Jan. 5", "March 3, 2016"
// resolved against it), each with features; a trained Chooser picks one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/date.h"
#include "dossier/learn/chooser.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

struct DateOption {
  // Day precision, never after publication; kind "month": a month the report names ("the
  // June 2014 shooting"), never after the publication's month; kind "keep": the rules' own
  PartialDate date;
  std::uint32_t start = 0, end = 0;  // first evidence span; 0, 0 for the publication date
  // "pub", "weekday", "yesterday", "today", "monthday", "full", "month", "rule" (a day only
  // the rules gave), "keep" (the rules' date of month or year precision, kept as it is)
  std::string kind;
  Candidate candidate;  // its features
};

// The days (and months) proposed for the report's incident, one option per distinct date, in order
// of first mention (the publication date, when known to the day, first). `rule_date` is the date
// the incident rules gave the report's main incident (empty when none) and `rule_how` their
// date_rule; the option of that day carries the features "rule" and "rule=<how>" (stated, relative,
// counted, publication), and is added when no other option has its day; a rules' date coarser than
// a day is the option "keep", and every day says whether it lies inside it ("inside_rule",
// "outside_rule"). Every feature comes twice: as it is and joined to the kind of report, "@US",
// "@abroad" or "@unplaced" by the country the rules placed the incident in (`rule_country`, ISO
// code or empty), so that one model learns what local news and wire reports share and what
// they do not (a registry's local page dates its incident by weekday; a wire report on an
// old attack keeps its year).
// Reads the first 40 sentences.
std::vector<DateOption> propose_dates(std::string_view text, const Segmentation& seg,
                                      const PartialDate& published, const PartialDate& rule_date,
                                      std::string_view rule_how, std::string_view rule_country);

}  // namespace dossier
