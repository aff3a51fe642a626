// Where a report's incident happened: rules propose the places the report names (cities,
// towns and states of the gazetteer, read in "City, State", datelines, "in X", "X police"),
// each same-named place apart ("Bristol" in Tennessee and in England), each with features
// of its evidence and of the page's other places; a trained Chooser picks one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/mention.h"
#include "dossier/learn/chooser.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

struct PlaceOption {
  std::uint32_t entry = 0;           // gazetteer entry: a city, town or first-level subdivision
  std::uint32_t start = 0, end = 0;  // its first evidence span in the text
  Candidate candidate;               // its features
  bool none = false;                 // no place: the report does not say where (entry unused)
};

// The places proposed for the report's incident, in order of first mention. `title` is
// the report's title (may be empty); `rule_entry` the gazetteer entry of the place the
// incident rules gave the main incident (-1 when none): its option carries "rule", and
// without it the last option is `none` (better unplaced than placed wrong);
// `mentions` the report's entity mentions, sorted by start (a name the tagger read as a
// person's, "Luther" of "Luther Thompson", is rarely a scene). Reads the first 40
// sentences.
std::vector<PlaceOption> propose_places(std::string_view text, const Segmentation& seg,
                                        std::string_view title, const Gazetteer& gazetteer,
                                        std::int64_t rule_entry, const MentionSet& mentions);

}  // namespace dossier
