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

}  // namespace

std::vector<TaggerToken> tagger_tokens(const TrainingSentence& sentence) {
  std::vector<TaggerToken> tokens(sentence.words.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].text = sentence.words[i];
    tokens[i].lex = i < sentence.lex.size() ? sentence.lex[i] : 0;
  }
  return tokens;
}

std::unique_ptr<Tagger> train(const std::vector<TrainingSentence>& data,
                              const TrainOptions& options, std::ostream* log) {
  // Features never change during training: extract them once.
  std::vector<std::size_t> usable;
  std::vector<std::size_t> offsets;  // into features, in tokens, per usable sentence
  std::vector<std::uint32_t> features;
  {
    std::string scratch;
    std::vector<std::uint32_t> one;
    std::size_t tokens = 0;
    for (std::size_t s = 0; s < data.size(); ++s) {
      if (data[s].words.empty()) continue;
      const std::vector<TaggerToken> sentence = tagger_tokens(data[s]);
      extract_features(sentence, options.hash_bits, &scratch, &one);
      usable.push_back(s);
      offsets.push_back(tokens);
      tokens += sentence.size();
      features.insert(features.end(), one.begin(), one.end());
    }
  }

  const std::size_t cells = std::size_t{kTagCount} << options.hash_bits;
  Averaged emission(cells), first(kFirstSize), second(kSecondSize);
  std::vector<std::size_t> order(usable.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::uint64_t rng = options.seed;
  std::int64_t step = 1;
  std::vector<float> scores;
  Transitions transitions;

  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(&order, &rng);
    std::size_t total = 0, correct = 0;
    for (const std::size_t k : order) {
      const TrainingSentence& gold = data[usable[k]];
      const std::size_t n = gold.words.size();
      const std::uint32_t* feats = features.data() + offsets[k] * kFeaturesPerToken;
      scores.assign(n * kTagCount, 0.0f);
      for (std::size_t i = 0; i < n; ++i)
        for (int j = 0; j < kFeaturesPerToken; ++j) {
          const std::int32_t* w =
              emission.w.data() + std::size_t{feats[i * kFeaturesPerToken + j]} * kTagCount;
          for (int t = 0; t < kTagCount; ++t) scores[i * kTagCount + t] += static_cast<float>(w[t]);
        }
      for (std::size_t i = 0; i < kFirstSize; ++i)
        transitions.first[i] = static_cast<float>(first.w[i]);
      for (std::size_t i = 0; i < kSecondSize; ++i)
        transitions.second[i] = static_cast<float>(second.w[i]);
      const std::vector<std::uint8_t> guess = viterbi_decode(scores, transitions);

      std::uint8_t g1 = kTagStart, g2 = kTagStart, p1 = kTagStart, p2 = kTagStart;
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t g = gold.tags[i], p = guess[i];
        ++total;
        if (g == p) ++correct;
        if (g != p) {
          for (int j = 0; j < kFeaturesPerToken; ++j) {
            const std::size_t row = std::size_t{feats[i * kFeaturesPerToken + j]} * kTagCount;
            emission.add(row + g, +1, step);
            emission.add(row + p, -1, step);
          }
        }
        if (g != p || g1 != p1) {
          first.add(first_index(g1, g), +1, step);
          first.add(first_index(p1, p), -1, step);
        }
        if (g != p || g1 != p1 || g2 != p2) {
          second.add(second_index(g2, g1, g), +1, step);
          second.add(second_index(p2, p1, p), -1, step);
        }
        g2 = g1;
        g1 = g;
        p2 = p1;
        p1 = p;
      }
      ++step;
    }
    if (log)
      *log << "epoch " << epoch << ": training token accuracy "
           << (total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0)
           << "%\n";
  }

  TaggerWeights weights;
  weights.hash_bits = options.hash_bits;
  double max_abs = 0;
  for (std::size_t i = 0; i < cells; ++i)
    max_abs = std::max(max_abs, std::fabs(emission.average(i, step)));
  const double scale = max_abs > 0 ? 32767.0 / max_abs : 1.0;
  weights.scale = static_cast<float>(scale);
  weights.emission.resize(cells);
  for (std::size_t i = 0; i < cells; ++i)
    weights.emission[i] = static_cast<std::int16_t>(std::lround(emission.average(i, step) * scale));
  for (std::size_t i = 0; i < kFirstSize; ++i)
    weights.transitions.first[i] = static_cast<float>(first.average(i, step));
  for (std::size_t i = 0; i < kSecondSize; ++i)
    weights.transitions.second[i] = static_cast<float>(second.average(i, step));
  return std::make_unique<Tagger>(std::move(weights));
}

}  // namespace dossier
