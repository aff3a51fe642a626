#include "dossier/store/minhash.h"

#include <algorithm>

#include "dossier/core/ascii.h"
#include "dossier/core/hash64.h"

namespace dossier {
namespace {

struct Permutation {
  std::uint64_t multiplier;  // odd
  std::uint64_t offset;
};

// kMinHashSize hash functions h(x) = (a * x + b) >> 32 with a, b from splitmix64: fixed
// forever, because signatures are stored.
constexpr std::array<Permutation, kMinHashSize> make_permutations() {
  std::array<Permutation, kMinHashSize> result{};
  std::uint64_t seed = 0x6d696e68617368ULL;  // "minhash"
  for (auto& p : result) {
    seed += 0x9e3779b97f4a7c15ULL;
    p.multiplier = mix64(seed) | 1;
    seed += 0x9e3779b97f4a7c15ULL;
    p.offset = mix64(seed);
  }
  return result;
}

constexpr std::array<Permutation, kMinHashSize> kPermutations = make_permutations();

// Folds one shingle into the signature: kMinHashSize independent multiply-adds, which
// vector units do several at a time. On x86-64 the best of AVX-512 (whose 64-bit multiply
// this loop needs), AVX2 and the baseline is chosen when the program loads.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
void add_shingle(MinHashSignature& signature, std::uint64_t shingle) {
  for (int i = 0; i < kMinHashSize; ++i) {
    auto value = static_cast<std::uint32_t>(
        (kPermutations[i].multiplier * shingle + kPermutations[i].offset) >> 32);
    signature[i] = std::min(signature[i], value);
  }
}

// Calls on_word(hash) for each word of `text` (see minhash() for what a word is).
template <typename OnWord>
void for_each_word(std::string_view text, OnWord on_word) {
  Hash64 hash;
  bool in_word = false;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool word_byte;
    std::size_t length = 1;
    if (c < 0x80) {
      word_byte = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      c = ascii_lower(c);
    } else if (c == 0xE2 && i + 2 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0x80) {
      word_byte = false;  // U+2000..U+207F: dashes, quotes, ellipsis, special spaces
      length = 3;
    } else {
      word_byte = true;
    }
    if (word_byte) {
      hash.add_byte(c);
      in_word = true;
    } else if (in_word) {
      on_word(hash.value());
      hash = Hash64();
      in_word = false;
    }
    i += length;
  }
  if (in_word) on_word(hash.value());
}

}  // namespace

std::optional<MinHashSignature> minhash(std::string_view text) {
  MinHashSignature signature;
  signature.fill(UINT32_MAX);
  std::array<std::uint64_t, kShingleWords> window{};
  std::size_t words = 0;
  auto shingle_hash = [&window](std::size_t newest, std::size_t count) {
    Hash64 hash;
    for (std::size_t k = count; k > 0; --k) {
      hash.add_word(window[(newest + kShingleWords + 1 - k) % kShingleWords]);
    }
    return hash.value();
  };
  for_each_word(text, [&](std::uint64_t word) {
    std::size_t slot = words % kShingleWords;
    window[slot] = word;
    ++words;
    if (words >= kShingleWords) add_shingle(signature, shingle_hash(slot, kShingleWords));
  });
  if (words == 0) return std::nullopt;
  if (words < kShingleWords) add_shingle(signature, shingle_hash(words - 1, words));
  return signature;
}

double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b) {
  int equal = 0;
  for (int i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kMinHashSize;
}

std::array<std::int64_t, kMinHashBands> band_keys(const MinHashSignature& signature) {
  std::array<std::int64_t, kMinHashBands> keys;
  for (int band = 0; band < kMinHashBands; ++band) {
    Hash64 hash;
    hash.add_word(static_cast<std::uint64_t>(band));
    for (int row = 0; row < kMinHashRowsPerBand; ++row) {
      hash.add_word(signature[band * kMinHashRowsPerBand + row]);
    }
    keys[band] = static_cast<std::int64_t>(hash.value());
  }
  return keys;
}

std::string serialize(const MinHashSignature& signature) {
  std::string bytes(kMinHashSize * 4, '\0');
  for (int i = 0; i < kMinHashSize; ++i) {
    for (int b = 0; b < 4; ++b) bytes[4 * i + b] = static_cast<char>(signature[i] >> (8 * b));
  }
  return bytes;
}

std::optional<MinHashSignature> parse_signature(std::string_view bytes) {
  if (bytes.size() != kMinHashSize * 4) return std::nullopt;
  MinHashSignature signature;
  for (int i = 0; i < kMinHashSize; ++i) {
    std::uint32_t value = 0;
    for (int b = 0; b < 4; ++b) {
      value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[4 * i + b])) << (8 * b);
    }
    signature[i] = value;
  }
  return signature;
}

}  // namespace dossier
