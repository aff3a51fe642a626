// The BIO tag set of the NER tagger and the rules for which tag may follow which.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "dossier/core/entity_type.h"

namespace dossier {

// Tag ids. O is 0; for entity type k (PER=0, ORG=1, LOC=2, GRP=3) B is 1+2k and I is 2+2k.
inline constexpr std::uint8_t kTagO = 0;
inline constexpr std::uint8_t kTagCount = 9;
// A pseudo tag standing before the first token; used only for transitions.
inline constexpr std::uint8_t kTagStart = kTagCount;

// "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-GRP", "I-GRP";
// "<S>" for kTagStart and "?" for anything else.
std::string_view tag_name(std::uint8_t tag);
// Inverse of tag_name for the nine real tags; nullopt otherwise.
std::optional<std::uint8_t> parse_tag(std::string_view name);

// Short type labels "PER", "ORG", "LOC", "GRP" in EntityType order.
std::string_view type_label(EntityType type);
std::optional<EntityType> parse_type_label(std::string_view label);

inline constexpr std::uint8_t begin_tag(EntityType type) {
  return static_cast<std::uint8_t>(1 + 2 * static_cast<int>(type));
}
inline constexpr std::uint8_t inside_tag(EntityType type) {
  return static_cast<std::uint8_t>(2 + 2 * static_cast<int>(type));
}
inline constexpr bool is_begin(std::uint8_t tag) {
  return tag != kTagO && tag < kTagCount && tag % 2 == 1;
}
inline constexpr bool is_inside(std::uint8_t tag) {
  return tag != kTagO && tag < kTagCount && tag % 2 == 0;
}
// The entity type of a B or I tag. Precondition: tag is neither O nor kTagStart.
inline constexpr EntityType tag_type(std::uint8_t tag) {
  return static_cast<EntityType>((tag - 1) / 2);
}

// True when `next` may follow `prev` (which may be kTagStart) in a BIO sequence:
// I-X only after B-X or I-X.
inline constexpr bool transition_allowed(std::uint8_t prev, std::uint8_t next) {
  if (!is_inside(next)) return true;
  return prev != kTagO && prev < kTagCount && tag_type(prev) == tag_type(next);
}

}  // namespace dossier
