#include "dossier/tagger/tagger.h"

#include <bit>
#include <cstring>
#include <fstream>

#include "dossier/core/error.h"
#include "dossier/tagger/features.h"

namespace dossier {
namespace {

// File layout (little-endian):
//   char[8] magic "DSNERv01"; u32 version; u32 tag count; u32 hash bits;
//   u32 features per token; f32 scale; f32 transitions.first[..]; f32 transitions.second[..];
//   i16 emission[tag count << hash bits].
constexpr char kMagic[8] = {'D', 'S', 'N', 'E', 'R', 'v', '0', '1'};
constexpr std::uint32_t kVersion = 1;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t tag_count;
  std::uint32_t hash_bits;
  std::uint32_t features_per_token;
  float scale;
};
static_assert(sizeof(Header) == 28);
static_assert(std::endian::native == std::endian::little, "model files are little-endian");

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view why) {
  throw Error(path.string() + ": " + std::string(why));
}

}  // namespace

Tagger::Tagger(TaggerWeights weights)
    : weights_(std::move(weights)), decoder_(weights_.transitions) {}

std::unique_ptr<Tagger> Tagger::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, "cannot open model");
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  in.seekg(0);
  std::vector<char> bytes(size);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) fail(path, "cannot read model");
  Header h;
  if (size < sizeof h) fail(path, "not a dossier NER model (too short)");
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
    fail(path, "not a dossier NER model (bad magic)");
  if (h.version != kVersion || h.tag_count != kTagCount ||
      h.features_per_token != static_cast<std::uint32_t>(kFeaturesPerToken) || h.hash_bits < 8 ||
      h.hash_bits > 26 || !(h.scale > 0))
    fail(path, "unsupported model version or layout");
  TaggerWeights w;
  w.hash_bits = static_cast<int>(h.hash_bits);
  w.scale = h.scale;
  const std::size_t cells = std::size_t{kTagCount} << w.hash_bits;
  const std::size_t expected = sizeof h + sizeof w.transitions.first + sizeof w.transitions.second +
                               cells * sizeof(std::int16_t);
  if (size != expected) fail(path, "model file has the wrong size (truncated?)");
  const char* p = bytes.data() + sizeof h;
  std::memcpy(w.transitions.first.data(), p, sizeof w.transitions.first);
  p += sizeof w.transitions.first;
  std::memcpy(w.transitions.second.data(), p, sizeof w.transitions.second);
  p += sizeof w.transitions.second;
  w.emission.resize(cells);
  std::memcpy(w.emission.data(), p, cells * sizeof(std::int16_t));
  return std::make_unique<Tagger>(std::move(w));
}

void Tagger::save(const std::filesystem::path& path) const {
  Header h;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.tag_count = kTagCount;
  h.hash_bits = static_cast<std::uint32_t>(weights_.hash_bits);
  h.features_per_token = kFeaturesPerToken;
  h.scale = weights_.scale;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) fail(path, "cannot create model file");
  out.write(reinterpret_cast<const char*>(&h), sizeof h);
  out.write(reinterpret_cast<const char*>(weights_.transitions.first.data()),
            sizeof weights_.transitions.first);
  out.write(reinterpret_cast<const char*>(weights_.transitions.second.data()),
            sizeof weights_.transitions.second);
  out.write(reinterpret_cast<const char*>(weights_.emission.data()),
            static_cast<std::streamsize>(weights_.emission.size() * sizeof(std::int16_t)));
  out.close();
  if (!out) fail(path, "cannot write model file");
}

std::vector<float> Tagger::emission_scores(std::span<const TaggerToken> sentence) const {
  std::string scratch;
  std::vector<std::uint32_t> features;
  extract_features(sentence, weights_.hash_bits, &scratch, &features);
  std::vector<float> scores(sentence.size() * kTagCount);
  const float inverse = 1.0f / weights_.scale;
  const std::int16_t* table = weights_.emission.data();
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    std::int32_t sum[kTagCount] = {};
    const std::uint32_t* row = features.data() + i * kFeaturesPerToken;
    for (int j = 0; j < kFeaturesPerToken; ++j) {
      const std::int16_t* w = table + std::size_t{row[j]} * kTagCount;
      for (int t = 0; t < kTagCount; ++t) sum[t] += w[t];
    }
    for (int t = 0; t < kTagCount; ++t) scores[i * kTagCount + t] = sum[t] * inverse;
  }
  return scores;
}

std::vector<std::uint8_t> Tagger::tag(std::span<const TaggerToken> sentence) const {
  return decoder_.decode(emission_scores(sentence));
}

}  // namespace dossier
