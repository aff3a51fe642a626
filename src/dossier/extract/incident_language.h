// The word tables and patterns of one language for the incident stage (event_finder):
// which words are triggers and measures, how figures and dates are written, which words
// mark an aftermath or an attribution. find_events is written once against this table;
// each language fills it in (English: event_words, figure_finder, date_finder; Russian:
// ru_words, ru_figures, ru_dates).
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

namespace dossier {

struct IncidentLanguage {
  std::string_view code;  // ISO 639-1
  // Figures of one sentence (see figure_finder.h).
  std::vector<Figure> (*find_figures)(std::string_view sentence, std::uint32_t base_offset);
  // Dates of a document's sentences (see date_finder.h).
  std::vector<DateMention> (*find_dates)(
      std::string_view text, std::span<const std::pair<std::uint32_t, std::uint32_t>> sentences,
      const PartialDate& published);
  // The words below are lower-cased with unicode_lower.
  std::string_view (*incident_trigger)(const std::vector<std::string>& words, std::size_t i,
                                       std::size_t* length);
  std::size_t (*perpetrator_cue)(const std::vector<std::string>& words, bool* agent_after);
  bool (*names_perpetrator_before)(const std::vector<std::string>& words, std::size_t end);
  bool (*is_aftermath_word)(std::string_view word);
  bool (*is_retrospective_word)(std::string_view word);
  bool (*is_place_preposition)(std::string_view word);
  // The kinds of site the words name (site_kinds.h).
  unsigned (*site_kinds)(const std::vector<std::string>& words);
  // Whether the English-only cues apply: clauses cut before an earlier incident ("came a
  // week after"), generic plurals ("terrorist attacks") and contexts ("a wave of attacks").
  bool english_cues;
};

// The table for an ISO 639-1 code: "ru" gives Russian, anything else English.
const IncidentLanguage& incident_language(std::string_view code);

}  // namespace dossier
