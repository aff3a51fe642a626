// Entity-level scoring of tag sequences: a predicted entity counts only when its span and
// type both match a gold entity exactly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <vector>

#include "dossier/core/entity_type.h"

namespace dossier {

// Tokens [begin, end) form one entity of `type`.
struct EntitySpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  EntityType type = EntityType::kPerson;
  bool operator==(const EntitySpan&) const = default;
};

// The entities of a tag sequence. An I-X that does not continue an X entity starts one.
std::vector<EntitySpan> bio_spans(std::span<const std::uint8_t> tags);

struct EntityCounts {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t false_negatives = 0;

  // Each is 0 when its denominator is 0.
  double precision() const;
  double recall() const;
  double f1() const;
};

class NerEvaluator {
 public:
  // Scores one sentence; `gold` and `predicted` have one tag per token.
  void add(std::span<const std::uint8_t> gold, std::span<const std::uint8_t> predicted);

  const EntityCounts& overall() const { return overall_; }
  const EntityCounts& of(EntityType type) const { return by_type_[static_cast<int>(type)]; }

  // A table: one row per type and "ALL" with precision, recall, F1 (percent), gold and
  // predicted counts.
  void report(std::ostream& out) const;

 private:
  EntityCounts overall_;
  std::array<EntityCounts, 4> by_type_;
};

}  // namespace dossier
