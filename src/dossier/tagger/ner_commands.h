// The train-ner and evaluate-ner commands, independent of any command-line parser: the CLI
// fills the argument structs and calls these.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/tagger/tagger_token.h"

namespace dossier {

// Fills the lex bits of a sentence. `joined_text` is the sentence's words joined by single
// spaces, and every token's text is a view into it, so a token's byte offset is
// token.text.data() - joined_text.data().
using LexiconAnnotator =
    std::function<void(std::string_view joined_text, std::vector<TaggerToken>& tokens)>;

struct TrainNerArgs {
  std::vector<std::filesystem::path> train_files;  // CoNLL files, read in order
  std::string format = "gmb-en";                   // a find_tag_mapping() name
  std::filesystem::path model_out;
  int epochs = 8;
  std::uint64_t seed = 1;
  int hash_bits = 19;
  // When > 0, sentences N, 2N, 3N... (1-based, counted over all files) are held out of
  // training and the model is scored on them.
  int holdout_every = 0;
  LexiconAnnotator lexicon_annotator;  // optional; lex bits stay 0 without it
};

struct EvaluateNerArgs {
  std::vector<std::filesystem::path> files;
  std::string format = "gmb-en";
  std::filesystem::path model;
  // When > 0, only sentences N, 2N, 3N... are scored (the split TrainNerArgs held out).
  int holdout_every = 0;
  LexiconAnnotator lexicon_annotator;
};

// Trains, saves the model to args.model_out, and prints progress and (with holdout) the
// held-out scores to `out`. Returns 0 on success, 1 on any error (reported on `err`,
// never thrown).
int run_train_ner(const TrainNerArgs& args, std::ostream& out, std::ostream& err);

// Tags the files' sentences with the model and prints entity-level precision, recall and F1
// per type and overall, and the tagging speed, to `out`. Returns 0, or 1 on any error
// (reported on `err`, never thrown).
int run_evaluate_ner(const EvaluateNerArgs& args, std::ostream& out, std::ostream& err);

}  // namespace dossier
