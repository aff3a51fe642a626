#include "dossier/tagger/trainer.h"

#include <algorithm>
#include <cmath>

#include "dossier/tagger/features.h"

namespace dossier {
namespace {

constexpr std::size_t kFirstSize = std::tuple_size_v<decltype(Transitions::first)>;
constexpr std::size_t kSecondSize = std::tuple_size_v<decltype(Transitions::second)>;

std::uint64_t splitmix64(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Fisher-Yates with a portable generator, so the order never depends on the standard library.
void shuffle(std::vector<std::size_t>* order, std::uint64_t* state) {
  for (std::size_t i = order->size(); i > 1; --i) {
    const std::size_t j = splitmix64(state) % i;
    std::swap((*order)[i - 1], (*order)[j]);
  }
}

// A weight vector with the running sums needed for averaging: after c updates-steps the
// average is w - total / c (Daume's trick).
struct Averaged {
  std::vector<std::int32_t> w;
  std::vector<std::int64_t> total;

  explicit Averaged(std::size_t size) : w(size), total(size) {}
  void add(std::size_t i, int delta, std::int64_t step) {
    w[i] += delta;
    total[i] += step * delta;
  }
  double average(std::size_t i, std::int64_t steps) const {
    return w[i] - static_cast<double>(total[i]) / static_cast<double>(steps);
  }
};

std::size_t first_index(std::uint8_t prev, std::uint8_t cur) { return prev * kTagCount + cur; }
std::size_t second_index(std::uint8_t prev2, std::uint8_t prev, std::uint8_t cur) {
  return (prev2 * (kTagCount + 1) + prev) * kTagCount + cur;
}

// Every usable sentence's features, extracted once: they never change during training.
struct FeatureTable {
  std::vector<std::size_t> usable;   // indexes into the data of sentences with words
  std::vector<std::size_t> offsets;  // into features, in tokens, per usable sentence
  std::vector<std::uint32_t> features;
};

// The perceptron's weights: emission per (feature, tag), first- and second-order transitions.
struct Weights {
  explicit Weights(std::size_t cells) : emission(cells), first(kFirstSize), second(kSecondSize) {}
  Averaged emission, first, second;
};

// Viterbi's tags for one sentence of n tokens under the current weights.
std::vector<std::uint8_t> guess_tags(const Weights& weights, const std::uint32_t* feats,
                                     std::size_t n, std::vector<float>& scores,
                                     Transitions& transitions) {
  scores.assign(n * kTagCount, 0.0f);
  for (std::size_t i = 0; i < n; ++i)
    for (int j = 0; j < kFeaturesPerToken; ++j) {
      const std::int32_t* w =
          weights.emission.w.data() + std::size_t{feats[i * kFeaturesPerToken + j]} * kTagCount;
      for (int t = 0; t < kTagCount; ++t) scores[i * kTagCount + t] += static_cast<float>(w[t]);
    }
  for (std::size_t i = 0; i < kFirstSize; ++i)
    transitions.first[i] = static_cast<float>(weights.first.w[i]);
  for (std::size_t i = 0; i < kSecondSize; ++i)
    transitions.second[i] = static_cast<float>(weights.second.w[i]);
  return viterbi_decode(scores, transitions);
}

// The perceptron update for one sentence: where the guess differs from the gold tags (or
// follows different tags), the gold features and transitions gain and the guessed ones
// lose. Returns how many tokens the guess got right.
std::size_t update(Weights& weights, const std::vector<std::uint8_t>& gold,
                   const std::vector<std::uint8_t>& guess, const std::uint32_t* feats,
                   std::int64_t step) {
  std::size_t correct = 0;
  std::uint8_t g1 = kTagStart, g2 = kTagStart, p1 = kTagStart, p2 = kTagStart;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const std::uint8_t g = gold[i], p = guess[i];
    if (g == p) ++correct;
    if (g != p) {
      for (int j = 0; j < kFeaturesPerToken; ++j) {
        const std::size_t row = std::size_t{feats[i * kFeaturesPerToken + j]} * kTagCount;
        weights.emission.add(row + g, +1, step);
        weights.emission.add(row + p, -1, step);
      }
    }
    if (g != p || g1 != p1) {
      weights.first.add(first_index(g1, g), +1, step);
      weights.first.add(first_index(p1, p), -1, step);
    }
    if (g != p || g1 != p1 || g2 != p2) {
      weights.second.add(second_index(g2, g1, g), +1, step);
      weights.second.add(second_index(p2, p1, p), -1, step);
    }
    g2 = g1;
    g1 = g;
    p2 = p1;
    p1 = p;
  }
  return correct;
}

// The averaged weights after `step` steps, emission quantized to int16.
TaggerWeights averaged(const Weights& weights, int hash_bits, std::int64_t step) {
  const std::size_t cells = weights.emission.w.size();
  TaggerWeights out;
  out.hash_bits = hash_bits;
  double max_abs = 0;
  for (std::size_t i = 0; i < cells; ++i)
    max_abs = std::max(max_abs, std::fabs(weights.emission.average(i, step)));
  const double scale = max_abs > 0 ? 32767.0 / max_abs : 1.0;
  out.scale = static_cast<float>(scale);
  out.emission.resize(cells);
  for (std::size_t i = 0; i < cells; ++i)
    out.emission[i] =
        static_cast<std::int16_t>(std::lround(weights.emission.average(i, step) * scale));
  for (std::size_t i = 0; i < kFirstSize; ++i)
    out.transitions.first[i] = static_cast<float>(weights.first.average(i, step));
  for (std::size_t i = 0; i < kSecondSize; ++i)
    out.transitions.second[i] = static_cast<float>(weights.second.average(i, step));
  return out;
}

}  // namespace

std::vector<TaggerToken> tagger_tokens(const TrainingSentence& sentence) {
  std::vector<TaggerToken> tokens(sentence.words.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].text = sentence.words[i];
    tokens[i].lex = i < sentence.lex.size() ? sentence.lex[i] : 0;
  }
  return tokens;
}

namespace {

FeatureTable extract_all_features(const std::vector<TrainingSentence>& data, int hash_bits) {
  FeatureTable table;
  std::string scratch;
  std::vector<std::uint32_t> one;
  std::size_t tokens = 0;
  for (std::size_t s = 0; s < data.size(); ++s) {
    if (data[s].words.empty()) continue;
    const std::vector<TaggerToken> sentence = tagger_tokens(data[s]);
    extract_features(sentence, hash_bits, &scratch, &one);
    table.usable.push_back(s);
    table.offsets.push_back(tokens);
    tokens += sentence.size();
    table.features.insert(table.features.end(), one.begin(), one.end());
  }
  return table;
}

}  // namespace

std::unique_ptr<Tagger> train(const std::vector<TrainingSentence>& data,
                              const TrainOptions& options, std::ostream* log) {
  const FeatureTable table = extract_all_features(data, options.hash_bits);
  Weights weights(std::size_t{kTagCount} << options.hash_bits);
  std::vector<std::size_t> order(table.usable.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::uint64_t rng = options.seed;
  std::int64_t step = 1;
  std::vector<float> scores;
  Transitions transitions;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(&order, &rng);
    std::size_t total = 0, correct = 0;
    for (const std::size_t k : order) {
      const TrainingSentence& gold = data[table.usable[k]];
      const std::uint32_t* feats = table.features.data() + table.offsets[k] * kFeaturesPerToken;
      const std::vector<std::uint8_t> guess =
          guess_tags(weights, feats, gold.words.size(), scores, transitions);
      total += gold.words.size();
      correct += update(weights, gold.tags, guess, feats, step);
      ++step;
    }
    if (log)
      *log << "epoch " << epoch << ": training token accuracy "
           << (total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0)
           << "%\n";
  }
  return std::make_unique<Tagger>(averaged(weights, options.hash_bits, step));
}

}  // namespace dossier
