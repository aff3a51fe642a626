#include "dossier/learn/chooser.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

#include "dossier/core/error.h"

namespace dossier {
namespace {

std::vector<double> softmax(const std::vector<double>& scores) {
  std::vector<double> p(scores.size());
  if (scores.empty()) return p;
  const double top = *std::max_element(scores.begin(), scores.end());
  double sum = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) sum += p[i] = std::exp(scores[i] - top);
  for (double& x : p) x /= sum;
  return p;
}

}  // namespace

double Chooser::score(const std::vector<std::string>& features) const {
  double s = 0;
  for (const std::string& f : features) {
    auto it = weights_.find(f);
    if (it != weights_.end()) s += it->second;
  }
  return s;
}

int Chooser::choose(const CandidateGroup& group) const {
  int best = -1;
  double best_score = 0;
  for (std::size_t i = 0; i < group.size(); ++i) {
    const double s = score(group[i].features);
    if (best < 0 || s > best_score) {
      best = static_cast<int>(i);
      best_score = s;
    }
  }
  return best;
}

std::vector<double> Chooser::probabilities(const CandidateGroup& group) const {
  std::vector<double> scores;
  for (const Candidate& c : group) scores.push_back(score(c.features));
  return softmax(scores);
}

std::vector<std::pair<std::string, double>> Chooser::explain(
    const std::vector<std::string>& features) const {
  std::vector<std::pair<std::string, double>> out;
  for (const std::string& f : features) {
    auto it = weights_.find(f);
    if (it != weights_.end() && it->second != 0) out.emplace_back(f, it->second);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::abs(a.second) > std::abs(b.second);
  });
  return out;
}

Chooser Chooser::train(const std::vector<CandidateGroup>& groups, const TrainOptions& options) {
  // Features become dense indices in order of first appearance, so training is repeatable.
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::string> names;
  std::vector<std::vector<std::vector<std::size_t>>> data;
  std::vector<std::vector<bool>> labels;
  for (const CandidateGroup& g : groups) {
    if (std::none_of(g.begin(), g.end(), [](const Candidate& c) { return c.right; })) continue;
    auto& rows = data.emplace_back();
    auto& right = labels.emplace_back();
    for (const Candidate& c : g) {
      auto& row = rows.emplace_back();
      for (const std::string& f : c.features) {
        auto [it, added] = index.emplace(f, names.size());
        if (added) names.push_back(f);
        row.push_back(it->second);
      }
      right.push_back(c.right);
    }
  }
  std::vector<double> w(names.size(), 0.0);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    const double rate = options.learning_rate / (1.0 + epoch);
    for (std::size_t g = 0; g < data.size(); ++g) {
      const auto& rows = data[g];
      std::vector<double> scores;
      for (const auto& row : rows) {
        double s = 0;
        for (std::size_t f : row) s += w[f];
        scores.push_back(s);
      }
      const std::vector<double> p = softmax(scores);
      double p_right = 0;
      for (std::size_t i = 0; i < rows.size(); ++i)
        if (labels[g][i]) p_right += p[i];
      // Gradient of -log P(right): p_i - p_i * [right_i] / P(right).
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const double target = labels[g][i] ? p[i] / p_right : 0.0;
        const double step = rate * (target - p[i]);
        if (step == 0) continue;
        for (std::size_t f : rows[i]) w[f] += step;
      }
      if (options.l2 > 0)
        for (std::size_t g2 = 0; g2 < rows.size(); ++g2)
          for (std::size_t f : rows[g2]) w[f] *= 1.0 - rate * options.l2;
    }
  }
  Chooser model;
  for (std::size_t f = 0; f < names.size(); ++f)
    if (std::abs(w[f]) > 1e-6) model.weights_[names[f]] = w[f];
  return model;
}

Chooser Chooser::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error(path.string() + ": cannot open model");
  Chooser model;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.rfind('\t');
    char* end = nullptr;
    const double weight = tab == std::string::npos ? 0 : std::strtod(line.c_str() + tab + 1, &end);
    if (tab == std::string::npos || tab == 0 || end == line.c_str() + tab + 1 || *end != '\0' ||
        !std::isfinite(weight))
      throw Error(path.string() + ":" + std::to_string(n) + ": expected feature<TAB>weight");
    model.weights_[line.substr(0, tab)] = weight;
  }
  return model;
}

void Chooser::save(const std::filesystem::path& path, const std::string& header) const {
  std::vector<std::pair<std::string, double>> rows(weights_.begin(), weights_.end());
  std::sort(rows.begin(), rows.end());
  std::ofstream out(path);
  if (!out) throw Error(path.string() + ": cannot write model");
  out << "# " << header << '\n';
  char buf[64];
  for (const auto& [f, w] : rows) {
    std::snprintf(buf, sizeof buf, "%.6g", w);
    out << f << '\t' << buf << '\n';
  }
  if (!out) throw Error(path.string() + ": cannot write model");
}

}  // namespace dossier
