// Violent incidents in one document: which sentences mention an incident, and
// the date, place, perpetrators and figures each incident is given.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/attribution.h"
#include "dossier/extract/date_finder.h"
#include "dossier/extract/document_entities.h"
#include "dossier/extract/figure_finder.h"
#include "dossier/extract/incident_language.h"
#include "dossier/extract/mention.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

// A figure with its evidence: the sentence, who gave it and how it was hedged.
struct EventFigure {
  Figure figure;
  std::uint32_t sentence_start = 0, sentence_end = 0;
  std::string attributed_to;        // as written, empty when the text names no source
  std::vector<std::string> hedges;  // "reportedly", "allegedly", ...
  std::string rule;                 // why the figure counts this incident
};

// One incident as this document describes it. Entity fields are indices into
// the document's DocEntity vector, -1 when absent.
struct DocEvent {
  std::string type;  // "attack", "bombing", "suicide bombing", "shooting", ...
  std::string name;  // "<place> <type>", e.g. "Kerman bombing"
  PartialDate date;  // empty when the text gives none
  std::uint32_t date_start = 0, date_end = 0;  // the date's evidence, when dated
  std::string date_rule;        // how the date was read: "stated", "relative to publication", ...
  unsigned weekdays = 0;        // bit d set: its sentences name weekday d (0 Monday)
  std::vector<int> month_days;  // month * 100 + day its sentences name without a year
  unsigned site_kinds = 0;      // kinds of site its sentences name (site_kinds.h)
  std::int32_t location = -1;
  std::string place_rule;  // how the place was read when not from the incident's sentences
  std::string country;     // ISO 3166-1 alpha-2 of the place, when known
  std::vector<std::int32_t> perpetrators;
  std::vector<std::int32_t> targets;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> mentions;  // evidence sentences
  std::vector<EventFigure> figures;
};

// Finds incident mentions sentence by sentence (a trigger word such as
// "bombing", "stormed", "opened fire", or a casualty figure) and joins the
// mentions of one incident: an undated, unplaced mention ("the attack")
// belongs to the incident mentioned within the last three sentences, else to
// the report's subject (the incident mentioned most); a dated or placed one joins an
// incident whose date and place it agrees with, else starts a new one.
// `published` anchors relative dates ("last week"); it may be empty. `language` gives the
// word tables and patterns of the document's language (incident_language.h).
std::vector<DocEvent> find_events(std::string_view text, const Segmentation& seg,
                                  const MentionSet& mentions,
                                  const std::vector<DocEntity>& entities,
                                  const Gazetteer& gazetteer, const std::string& published,
                                  const IncidentLanguage& language = incident_language("en"));

}  // namespace dossier
