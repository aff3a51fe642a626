// The report's own incident, settled by trained choices: after the incident rules have
// read a report, its main incident (the one with most casualty figures) takes the day and
// the place the date and place models choose among the candidates the rules propose
// (date_choice.h, place_choice.h). A report whose incident the rules missed but whose
// opening sentences report one in local-news words ("was shot and killed", "gunfire
// erupted") gains it. Each choice is explained in the event's date_rule / place_rule: the
// evidence and the features that weighed most.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dossier/extract/document_entities.h"
#include "dossier/extract/event_finder.h"
#include "dossier/learn/chooser.h"

namespace dossier {

struct IncidentModels {
  Chooser date, place;  // empty (no choice made) when not shipped

  // Reads dir/date.model and dir/place.model where present. Throws Error naming the file
  // and line of a malformed model.
  static IncidentModels load(const std::filesystem::path& dir);
};

// What the page stage reads of a report.
struct PageText {
  std::string_view text, title, published;  // published: ISO date or empty
  const Segmentation* seg = nullptr;
};

// Index of the report's main incident in `events`: the one with most killed and wounded
// figures, the first on ties; -1 when there is none.
int main_incident(const std::vector<DocEvent>& events);

// Index of the incident the report mentions first, -1 when none has a mention.
int lead_event(const std::vector<DocEvent>& events);

// Index of the incident the page stage settles, -1 for none: the main incident when it is
// also the one the report opens on; when it is not, only in a report of two incidents (the
// rules often split one story in two: a caption and the report) and only when the main one
// is undated or dated in the publication year. A report of three incidents or more that
// opens on one and counts more figures for another is a round-up or an analysis: its dates
// and places are not one incident's.
int settled_incident(const std::vector<DocEvent>& events, std::string_view published);

// Settles the incident settled_incident() names as described above. May add a DocEvent,
// and a mention and a DocEntity for a chosen place the mention finder did not know
// (mentions stay sorted and every entity's indices stay valid).
void settle_page_incident(const PageText& page, const Gazetteer& gazetteer,
                          const IncidentModels& models, MentionSet* mentions,
                          std::vector<DocEntity>* entities, std::vector<DocEvent>* events);

// Whether the models decide, not the rules: the date when the rules' is not day-precise,
// the place unless the rules read a country (an international report's own scene stays;
// a city the rules read is one candidate among the page's places, marked "rule") that is
// not also a state's name ("Georgia").
bool date_is_open(const PartialDate& rule_date);
bool place_is_open(const Gazetteer& gazetteer, std::int64_t rule_entry);

// The incident the report's opening sentences tell in local-news words, when the rules
// found none: a shooting with the figures of those sentences. False when there is none.
bool lead_incident(const PageText& page, DocEvent* out);

}  // namespace dossier
