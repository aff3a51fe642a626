// train-incidents, evaluate-incidents: the date and place models of the incident stage.
#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/core/error.h"
#include "dossier/pipeline/incident_training.h"

namespace dossier::cli {
namespace {

// REPORTS GOLD [REPORTS GOLD ...] as training sets.
void add_inputs(CLI::App* cmd, std::shared_ptr<std::vector<std::string>> paths) {
  cmd->add_option("REPORTS GOLD", *paths,
                  "pairs: reports (JSONL file or folder) and their gold (a registry "
                  "{\"incidents\": ...} or event gold {\"events\": ...})")
      ->required();
}

// The pairs of `paths`; throws Error on an odd count.
std::vector<TrainingSet> pairs(const std::vector<std::string>& paths) {
  if (paths.size() % 2) throw Error("expected pairs of REPORTS GOLD, got an odd count");
  std::vector<TrainingSet> out;
  for (std::size_t i = 0; i < paths.size(); i += 2) out.push_back({paths[i], paths[i + 1]});
  return out;
}

}  // namespace

void add_incidents(CLI::App& app, Common& common, Runner* run) {
  auto* train = app.add_subcommand("train-incidents",
                                   "train the incident date and place models from a registry");
  auto targs = std::make_shared<IncidentTrainingArgs>();
  auto tpaths = std::make_shared<std::vector<std::string>>();
  add_inputs(train, tpaths);
  train->add_option("--out,-o", targs->out_dir,
                    "folder to write date.model and place.model (default: only cross-validate)");
  train->add_option("--folds", targs->folds, "k of the k-fold cross-validation (default 5)")
      ->check(whole_number(2, 100));
  train->add_option("--epochs", targs->epochs, "passes over the data (default 12)")
      ->check(whole_number(1, 1000));
  train
      ->add_option("--event-gold-weight", targs->event_gold_weight,
                   "times each report of an event-gold set counts (default 5)")
      ->check(whole_number(1, 100));
  train->callback([=, &common] {
    *run = [=, &common] {
      targs->sets = pairs(*tpaths);
      std::shared_ptr<Models> models = load_models(common);
      return run_train_incidents(*models, *targs, std::cout, std::cerr) == 0 ? kOk : kError;
    };
  });

  auto* eval = app.add_subcommand("evaluate-incidents",
                                  "score the shipped incident models against a registry");
  auto eargs = std::make_shared<IncidentTrainingArgs>();
  auto epaths = std::make_shared<std::vector<std::string>>();
  add_inputs(eval, epaths);
  eval->add_option("--misses", eargs->misses,
                   "list up to N reports per set whose date or place the model chose wrong")
      ->check(whole_number(0, 100000));
  eval->callback([=, &common] {
    *run = [=, &common] {
      eargs->sets = pairs(*epaths);
      std::shared_ptr<Models> models = load_models(common);
      return run_evaluate_incidents(*models, *eargs, std::cout, std::cerr) == 0 ? kOk : kError;
    };
  });
}

}  // namespace dossier::cli
