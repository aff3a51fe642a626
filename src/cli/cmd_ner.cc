// train-ner, evaluate-ner: the statistical tagger on IOB/CoNLL files.
#include <iostream>

#include "cli/commands.h"
#include "cli/option_checks.h"
#include "dossier/core/data_dir.h"
#include "dossier/pipeline/lexicon_annotator.h"

namespace dossier::cli {

void add_ner(CLI::App& app, Common& common, Runner* run) {
  auto* train = app.add_subcommand("train-ner", "train the NER tagger on CoNLL/IOB files");
  auto targs = std::make_shared<TrainNerArgs>();
  auto files = std::make_shared<std::vector<std::string>>();
  train->add_option("FILE", *files, "training files: word [POS] tag per line")->required();
  train->add_option("--format", targs->format, "tag mapping: gmb-en | wikiner-ru | bio");
  train->add_option("--model,-o", targs->model_out, "model file to write")->required();
  train->add_option("--epochs", targs->epochs, "passes over the data (default 8)")
      ->check(whole_number(1, 1000));
  train->add_option("--seed", targs->seed, "shuffling seed (default 1)");
  train
      ->add_option("--holdout-every", targs->holdout_every,
                   "hold out every Nth sentence and score the model on it")
      ->check(whole_number(2, std::numeric_limits<int>::max()));
  train->callback([=, &common] {
    *run = [=, &common] {
      std::shared_ptr<Models> models = load_models(common);
      for (const auto& f : *files) targs->train_files.emplace_back(f);
      targs->lexicon_annotator = lexicon_annotator(models);
      return run_train_ner(*targs, std::cout, std::cerr) == 0 ? kOk : kError;
    };
  });

  auto* eval = app.add_subcommand("evaluate-ner", "score a tagger model on CoNLL/IOB files");
  auto eargs = std::make_shared<EvaluateNerArgs>();
  auto efiles = std::make_shared<std::vector<std::string>>();
  eval->add_option("FILE", *efiles, "evaluation files")->required();
  eval->add_option("--format", eargs->format, "tag mapping: gmb-en | wikiner-ru | bio");
  eval->add_option("--model,-m", eargs->model, "model file (default: the shipped English model)");
  eval->add_option("--holdout-every", eargs->holdout_every,
                   "score only every Nth sentence (the split train-ner held out)")
      ->check(positive());
  eval->callback([=, &common] {
    *run = [=, &common] {
      std::shared_ptr<Models> models = load_models(common);
      for (const auto& f : *efiles) eargs->files.emplace_back(f);
      if (eargs->model.empty())
        eargs->model = (common.data.empty() ? data_dir() : std::filesystem::path(common.data)) /
                       "ner" / "en.model";
      eargs->lexicon_annotator = lexicon_annotator(models);
      return run_evaluate_ner(*eargs, std::cout, std::cerr) == 0 ? kOk : kError;
    };
  });
}

}  // namespace dossier::cli
