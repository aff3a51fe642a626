#include "dossier/tagger/ner_commands.h"

#include <chrono>

#include "dossier/core/error.h"
#include "dossier/tagger/conll.h"
#include "dossier/tagger/evaluator.h"
#include "dossier/tagger/tagger.h"
#include "dossier/tagger/trainer.h"

namespace dossier {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool is_held_out(std::size_t index, int every) {
  return every > 0 && (index + 1) % static_cast<std::size_t>(every) == 0;
}

// Reads all files with the named mapping and fills lex bits; false after reporting on err.
bool read_corpus(const std::vector<std::filesystem::path>& files, const std::string& format,
                 const LexiconAnnotator& annotator, std::vector<TrainingSentence>* sentences,
                 std::ostream& err) {
  const std::optional<TagMapping> mapping = find_tag_mapping(format);
  if (!mapping) {
    err << "unknown corpus format '" << format << "' (known: gmb-en, wikiner-ru, bio)\n";
    return false;
  }
  if (files.empty()) {
    err << "no corpus file given\n";
    return false;
  }
  try {
    for (const std::filesystem::path& file : files) read_conll(file, *mapping, sentences);
  } catch (const Error& e) {
    err << e.what() << '\n';
    return false;
  }
  if (!annotator) return true;
  std::string joined;
  std::vector<TaggerToken> tokens;
  for (TrainingSentence& s : *sentences) {
    joined.clear();
    for (const std::string& w : s.words) {
      if (!joined.empty()) joined.push_back(' ');
      joined += w;
    }
    tokens.resize(s.words.size());
    std::size_t offset = 0;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      tokens[i] = {std::string_view(joined).substr(offset, s.words[i].size()), 0};
      offset += s.words[i].size() + 1;
    }
    annotator(joined, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) s.lex[i] = tokens[i].lex;
  }
  return true;
}

// Tags `sentences` and prints the scores and speed.
void evaluate(const Tagger& tagger, const std::vector<const TrainingSentence*>& sentences,
              std::ostream& out) {
  NerEvaluator evaluator;
  std::size_t tokens = 0;
  double tagging = 0;
  for (const TrainingSentence* s : sentences) {
    const std::vector<TaggerToken> input = tagger_tokens(*s);
    const auto start = Clock::now();
    const std::vector<std::uint8_t> tags = tagger.tag(input);
    tagging += seconds_since(start);
    tokens += input.size();
    evaluator.add(s->tags, tags);
  }
  out << "evaluated " << sentences.size() << " sentences, " << tokens << " tokens\n";
  evaluator.report(out);
  if (tagging > 0)
    out << "tagging speed: " << static_cast<long long>(static_cast<double>(tokens) / tagging)
        << " tokens/s\n";
}

}  // namespace

int run_train_ner(const TrainNerArgs& args, std::ostream& out, std::ostream& err) {
  if (args.model_out.empty()) {
    err << "no model output path given\n";
    return 1;
  }
  if (args.epochs < 1 || args.hash_bits < 8 || args.hash_bits > 26) {
    err << "epochs must be >= 1 and hash bits within 8..26\n";
    return 1;
  }
  std::vector<TrainingSentence> corpus;
  if (!read_corpus(args.train_files, args.format, args.lexicon_annotator, &corpus, err)) return 1;
  std::vector<TrainingSentence> training;
  std::vector<const TrainingSentence*> held_out;
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    if (is_held_out(i, args.holdout_every))
      held_out.push_back(&corpus[i]);
    else
      training.push_back(corpus[i]);
  }
  out << "training on " << training.size() << " sentences (" << held_out.size() << " held out), "
      << args.epochs << " epochs, seed " << args.seed << '\n';
  const auto start = Clock::now();
  const std::unique_ptr<Tagger> tagger =
      train(training, TrainOptions{args.epochs, args.seed, args.hash_bits}, &out);
  out << "trained in " << seconds_since(start) << " s\n";
  try {
    tagger->save(args.model_out);
  } catch (const Error& e) {
    err << e.what() << '\n';
    return 1;
  }
  out << "wrote " << args.model_out.string() << '\n';
  if (!held_out.empty()) evaluate(*tagger, held_out, out);
  return 0;
}

int run_evaluate_ner(const EvaluateNerArgs& args, std::ostream& out, std::ostream& err) {
  const auto start = Clock::now();
  std::unique_ptr<Tagger> tagger;
  try {
    tagger = Tagger::load(args.model);
  } catch (const Error& e) {
    err << e.what() << '\n';
    return 1;
  }
  out << "loaded " << args.model.string() << " in " << 1000 * seconds_since(start) << " ms\n";
  std::vector<TrainingSentence> corpus;
  if (!read_corpus(args.files, args.format, args.lexicon_annotator, &corpus, err)) return 1;
  std::vector<const TrainingSentence*> selected;
  for (std::size_t i = 0; i < corpus.size(); ++i)
    if (args.holdout_every <= 0 || is_held_out(i, args.holdout_every))
      selected.push_back(&corpus[i]);
  evaluate(*tagger, selected, out);
  return 0;
}

}  // namespace dossier
