// MinHash signatures over word 5-shingles, for finding near-duplicate documents (the same
// report lightly edited or republished). Banding the signature gives locality-sensitive
// keys: documents with Jaccard similarity 0.8 share at least one band key with probability
// above 0.9999; at 0.2, about one pair in twenty does (and is then
// rejected by comparing the signatures).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

constexpr int kMinHashSize = 128;
constexpr int kMinHashBands = 32;
constexpr int kMinHashRowsPerBand = kMinHashSize / kMinHashBands;
constexpr int kShingleWords = 5;

using MinHashSignature = std::array<std::uint32_t, kMinHashSize>;

// Words are runs of ASCII letters and digits (lowercased) and non-ASCII characters other
// than general punctuation (U+2000..U+206F); shingles are kShingleWords consecutive words
// (a text with fewer words is one shingle). Returns nullopt when the text has no word.
std::optional<MinHashSignature> minhash(std::string_view text);

// The fraction of equal positions: an estimate of the shingle sets' Jaccard similarity.
double estimated_jaccard(const MinHashSignature& a, const MinHashSignature& b);

// One key per band of kMinHashRowsPerBand values (band index included in the hash).
std::array<std::int64_t, kMinHashBands> band_keys(const MinHashSignature& signature);

// Little-endian serialization (kMinHashSize * 4 bytes); parse returns nullopt on a size
// mismatch.
std::string serialize(const MinHashSignature& signature);
std::optional<MinHashSignature> parse_signature(std::string_view bytes);

}  // namespace dossier
