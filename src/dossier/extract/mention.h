// Entity mentions found in one document, before resolution.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/core/entity_type.h"

namespace dossier {

// A span of the document that names an entity. Offsets are bytes into the
// stored text; the span never includes a title, role, article or possessive.
struct Mention {
  std::uint32_t start = 0, end = 0;
  EntityType type = EntityType::kOrganization;
  std::int32_t entry = -1;  // gazetteer entry that matched, -1 when none
  std::string_view origin;  // "lexicon", "tagger" or "pattern" (static strings)
};

// The text states that two mentions name one thing ("X (aka Y)", "X, also
// known as Y", "Full Name (ACRONYM)"). Indices into the mention vector.
struct AliasLink {
  std::uint32_t a = 0, b = 0;
  std::string_view rule;  // static string naming the pattern
};

struct MentionSet {
  std::vector<Mention> mentions;  // sorted by start, non-overlapping
  std::vector<AliasLink> links;
};

}  // namespace dossier
