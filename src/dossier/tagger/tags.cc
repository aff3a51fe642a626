#include "dossier/tagger/tags.h"

#include <array>

namespace dossier {
namespace {

constexpr std::array<std::string_view, kTagCount> kNames = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-GRP", "I-GRP"};
constexpr std::array<std::string_view, 4> kTypeLabels = {"PER", "ORG", "LOC", "GRP"};

}  // namespace

std::string_view tag_name(std::uint8_t tag) {
  if (tag < kTagCount) return kNames[tag];
  return tag == kTagStart ? "<S>" : "?";
}

std::optional<std::uint8_t> parse_tag(std::string_view name) {
  for (std::uint8_t t = 0; t < kTagCount; ++t)
    if (kNames[t] == name) return t;
  return std::nullopt;
}

std::string_view type_label(EntityType type) { return kTypeLabels[static_cast<int>(type)]; }

std::optional<EntityType> parse_type_label(std::string_view label) {
  for (int k = 0; k < 4; ++k)
    if (kTypeLabels[k] == label) return static_cast<EntityType>(k);
  return std::nullopt;
}

}  // namespace dossier
