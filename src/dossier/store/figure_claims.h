// The casualty and damage figures stored for resolved incidents, read as claims: what each
// source stated, with its evidence. The analysis (analyze/figure_analysis.h) compares them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class Store;

// One figure as a source stated it.
struct FigureClaim {
  std::int64_t document = 0;
  std::string published;  // of the document, "" when unknown
  std::int64_t low = 0, high = 0;
  std::string qualifier;  // exact | about | at_least | at_most | range
  std::string text;       // the evidence phrase
  std::string sentence;   // the sentence it stands in
  std::string attributed_to;
  std::string hedges;     // comma-separated ("reportedly,allegedly"); see split_hedges
  bool hit = false;       // wounded: counts people hit, the dead perhaps among them (Figure::hit)
  std::int64_t page = 0;  // the page its evidence stands on; 0 for a document without pages
};

// A claim with the incident and the measure (killed, injured, ...) it is about.
struct IncidentClaim {
  std::int64_t event = 0;
  std::string measure;
  FigureClaim claim;
};

// Every figure of a resolved incident (only of `only_event` when it is not 0), ordered by
// incident, measure, then publication date (undated documents last), document and offset.
// Throws StoreError.
std::vector<IncidentClaim> read_figure_claims(Store& store, std::int64_t only_event = 0);

// A figure's hedges as stored ("reportedly,allegedly") as a list, in order; empty for "".
std::vector<std::string> split_hedges(std::string_view hedges);

}  // namespace dossier
