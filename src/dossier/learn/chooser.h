// A trained choice among candidates: a conditional log-linear model (softmax over the
// candidates of one decision) on sparse binary features named by strings.
//
// Each decision ("which date is the incident's", "which place is the scene") is a group of
// candidates that rules proposed, each with its features ("kind=weekday", "pos=lead"). The
// model scores a candidate as the sum of its features' weights and chooses the best; a
// feature the model never saw weighs 0. Training maximises the probability of the
// candidates labelled right (any of them, when several are), with L2 regularisation, by
// stochastic gradient descent in a fixed order, so the same data give the same model.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dossier {

struct Candidate {
  std::vector<std::string> features;
  bool right = false;  // training label; ignored when choosing
};

// One decision's candidates, in the order the rules proposed them.
using CandidateGroup = std::vector<Candidate>;

struct TrainOptions {
  int epochs = 12;
  double learning_rate = 0.1;
  double l2 = 1e-4;
};

class Chooser {
 public:
  // Learns weights from groups holding at least one right candidate (others are skipped).
  static Chooser train(const std::vector<CandidateGroup>& groups, const TrainOptions& options);

  // Reads a model written by save(): one "feature<TAB>weight" per line, '#' comments.
  // Throws Error naming the file and line when it cannot be read.
  static Chooser load(const std::filesystem::path& path);
  // Writes the model, features sorted, weights rounded to 6 significant digits, with a
  // first comment line `header`. Throws Error when the file cannot be written.
  void save(const std::filesystem::path& path, const std::string& header) const;

  double score(const std::vector<std::string>& features) const;
  // Index of the best candidate (the first of equal scores), -1 for an empty group.
  int choose(const CandidateGroup& group) const;
  // The probability the model gives each candidate of the group (softmax of the scores).
  std::vector<double> probabilities(const CandidateGroup& group) const;
  // The candidate's features with a non-zero weight, largest |weight| first.
  std::vector<std::pair<std::string, double>> explain(
      const std::vector<std::string>& features) const;

  bool empty() const { return weights_.empty(); }

 private:
  std::unordered_map<std::string, double> weights_;
};

}  // namespace dossier
