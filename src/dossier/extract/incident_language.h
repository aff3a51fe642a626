// The languages of the incident stage (event_finder): each is a pack of word lists
// (data/lang/<code>/, language_pack.h) and a grammar module for what lists cannot say: how
// figures, dates and attributions are written (English: event_words, figure_finder,
// date_finder; Russian: ru_words, ru_figures, ru_dates). find_events is written once against
// this table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/extract/date_finder.h"
#include "dossier/extract/figure_finder.h"
#include "dossier/extract/language_pack.h"
#include "dossier/extract/mention.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

// A language of the incident stage: its word lists (a pack of data, language_pack.h) and its
// grammar, the parts that are code (one module per language).
struct IncidentLanguage {
  std::string_view code;  // ISO 639-1
  const LanguagePack* words;
  // Figures of one sentence (see figure_finder.h).
  std::vector<Figure> (*find_figures)(std::string_view sentence, std::uint32_t base_offset);
  // Dates of a document's sentences (see date_finder.h).
  std::vector<DateMention> (*find_dates)(
      std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
      const PartialDate& published);
  // The words below are lower-cased with unicode_lower.
  // A cue that attributes the incident (see event_words.h).
  std::size_t (*perpetrator_cue)(const LanguagePack& pack, const std::vector<std::string>& words,
                                 bool* agent_after);
  bool (*names_perpetrator_before)(const LanguagePack& pack, const std::vector<std::string>& words,
                                   std::size_t end);
  // A cue turning a trigger to an earlier incident ("a week after the bombing", see
  // event_words.h); null for a language whose grammar reads none, whose sentences are then
  // not cut into clauses either.
  int (*earlier_incident_cue)(const std::vector<std::string>& words, std::size_t i, int* unit_days,
                              std::size_t* cue_start);
  // Whether the trigger at words[i] is a plural that speaks of incidents in general
  // ("terrorist attacks"); null when the grammar tells none.
  bool (*generic_plural)(const std::vector<std::string>& words, std::size_t i);
  // Adds to *mentions the places the tagger misses that the grammar writes in a pattern of its
  // own (Russian: «Лубянка» after "станция"); null when it has none.
  void (*add_pattern_mentions)(std::string_view text, const Segmentation& seg,
                               MentionSet* mentions);
};

// The language of an ISO 639-1 code, its pack read from the packs folder (language_pack.h);
// English for a code without a grammar module.
IncidentLanguage incident_language(std::string_view code);

}  // namespace dossier
