// A fast, well-mixed 64-bit hash for bucketing text pieces (paragraphs, shingles). Not
// cryptographic; stable across platforms and releases because its values are stored.
#pragma once

#include <cstdint>

namespace dossier {

// A bijective finalizer (splitmix64): every input bit affects every output bit.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Incremental hash: feed bytes (FNV-1a step) or 64-bit words (mixed), read with value().
class Hash64 {
 public:
  void add_byte(unsigned char byte) { state_ = (state_ ^ byte) * 0x100000001b3ULL; }
  void add_word(std::uint64_t word) { state_ = mix64(state_ ^ word); }
  std::uint64_t value() const { return mix64(state_); }

 private:
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

}  // namespace dossier
