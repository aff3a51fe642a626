// train-incidents / evaluate-incidents: the date and place models of the incident stage
// (incidents/page_incident.h), trained by distant supervision from an incident registry.
//
// Each training set is a pair: reports (a JSON Lines file, or a folder or file of reports)
// and their gold, one of two kinds:
// - a registry {"incidents": {ID: {"date": "YYYY-MM-DD", "state", "city", "documents":
//   [report ids]}}} (the gva-dev gold): a day is right within one day of the registry's; a
//   place is right when it is the registry's city in its state, or, when no candidate is,
//   any place in the registry's state;
// - event gold {"events": [{"key", "date", "country", "places": [...], "documents"}]} (the
//   seeds and wide-dev gold): the report's event is the one it gives most figures of
//   (then the first not optional); a day is right within one day of its date; a place when
//   its name is one of that event's places, or, when no candidate is, in its country.
// Reports are matched by JSONL `id`, else by file name. For each report of the gold the
// incident rules read it, the stage proposes its date and place candidates, and the gold
// labels them.
#pragma once

#include <filesystem>
#include <iosfwd>

#include "dossier/pipeline/models.h"

namespace dossier {

struct TrainingSet {
  std::filesystem::path reports, gold;
};

struct IncidentTrainingArgs {
  std::vector<TrainingSet> sets;
  int event_gold_weight = 5;      // times each report of an event-gold set counts
  std::filesystem::path out_dir;  // train: where date.model and place.model go
  int folds = 5;                  // k of the cross-validation, folds split by incident
  int epochs = 12;
  int misses = 0;  // evaluate: list up to this many wrong choices per set and decision
};

// Cross-validates the date and place models with folds split by incident (never by page),
// prints per set and decision the share of reports with a right candidate, the share the models
// choose right (k-fold) and the share the rules alone get right, then trains on everything
// and writes the models to out_dir. Returns 0, or 2 after printing the error to `err`.
int run_train_incidents(const Models& models, const IncidentTrainingArgs& args, std::ostream& out,
                        std::ostream& err);

// Scores the loaded models (models.incidents) on the reports: the same table, one fold;
// with args.misses, then the reports where a model chose wrong: report id, the option
// chosen with its strongest features, and a right one.
int run_evaluate_incidents(const Models& models, const IncidentTrainingArgs& args,
                           std::ostream& out, std::ostream& err);

}  // namespace dossier
