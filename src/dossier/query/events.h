// Questions about incidents: the filtered list in date order, one incident with its actors,
// reports and figures, the figures sources disagree on, and the timeline. Every function
// reads only and throws StoreError when SQLite fails.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/query/page.h"
#include "dossier/store/store.h"

namespace dossier {

// Empty fields do not filter.
struct EventFilter {
  std::string from, to;  // dates YYYY[-MM[-DD]]; only dated incidents within them
  std::string type;      // attack, bombing, shooting, ...
  std::string place;     // part of the place's or the incident's name, any case
};

struct EventListing {
  std::int64_t id = 0;
  std::string date;  // YYYY-MM-DD, YYYY-MM, YYYY or "" when undated
  std::string type, name;
  std::string place;           // name of its location, "" when unknown
  std::int64_t documents = 0;  // documents reporting it
};

// Incidents in date order (undated last, then by id).
std::vector<EventListing> list_events(Store& store, const EventFilter& filter, Page page = {});

// An incident whose place has coordinates.
struct PlacedEvent {
  EventListing event;
  double lat = 0, lon = 0;  // of its location entity
};

// The incidents list_events() gives, kept to those whose location has coordinates (the
// paging counts only those).
std::vector<PlacedEvent> list_placed_events(Store& store, const EventFilter& filter,
                                            Page page = {});

// A document that reports the incident, and the rule that linked its report to it.
struct EventReport {
  std::int64_t document = 0;
  std::string rule;
};

struct EventDetail {
  EventListing event;
  std::vector<std::string> perpetrators, targets;  // entity names
  std::vector<EventReport> reports;                // by document
  std::vector<MeasureReport> figures;              // one per measure
};

// The incident with this id with its figures analyzed under `policy`; nullopt when none.
std::optional<EventDetail> event_detail(Store& store, std::int64_t id, EstimatePolicy policy);

// Why one report's account of an incident reads as it does and joined the incident.
struct ReportEvidence {
  std::int64_t document = 0;
  std::string name, type;
  std::string date, date_rule, date_text;  // the report's date, how it was read, its words
  std::string place_rule;                  // "" when the place is named in the sentences
  std::string join_rule;                   // why this report joined the incident
  // The report's publication date, and where it came from when not from the report's own
  // metadata: "dateline" (the text's dateline) or "pdf_created" (the PDF's creation date).
  std::string published, published_from;
  struct FigureWhy {
    std::string measure, text, rule;  // the figure, its words, why it counts this incident
    std::int64_t low = 0, high = 0;
    std::int64_t page = 0;  // the page its words stand on; 0 for a document without pages
  };
  std::vector<FigureWhy> figures;
};

// The evidence of every report of incident `id`, by document; empty when there is none.
std::vector<ReportEvidence> event_evidence(Store& store, std::int64_t id);

// A measure of one incident whose sources disagree.
struct ConflictEntry {
  std::int64_t event = 0;
  std::string name, date;
  MeasureReport report;
};

// Every conflicting measure, by incident and measure.
std::vector<ConflictEntry> list_conflicts(Store& store, EstimatePolicy policy, Page page = {});

// An incident with the best estimate of each of its measures.
struct TimelineEntry {
  EventListing event;
  std::vector<MeasureReport> estimates;
};

// The incidents list_events() gives, each with its figures analyzed under `policy`.
std::vector<TimelineEntry> timeline(Store& store, const EventFilter& filter, EstimatePolicy policy,
                                    Page page = {});

}  // namespace dossier
