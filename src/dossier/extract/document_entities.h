// Groups one document's mentions into the entities it names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/extract/mention.h"
#include "dossier/extract/name_rules.h"
#include "dossier/lexicon/gazetteer.h"

namespace dossier {

// Why a surface form was joined to an entity.
struct NameMerge {
  std::string alias;
  std::string rule;  // "lexicon:KEY", "same-name", "parenthetical", "short-name", ...
  double confidence = 1.0;
};

struct DocEntity {
  EntityType type = EntityType::kOrganization;
  std::string name;                     // lexicon canonical name, else the longest surface form
  std::int32_t entry = -1;              // gazetteer entry, -1 when none
  std::vector<std::uint32_t> mentions;  // indices into MentionSet::mentions
  std::vector<NameMerge> merges;        // one per distinct surface form
};

// Clusters mentions within one document. Rules, strongest first: the same
// lexicon entry; a forced `same` rule; the same name; an alias stated in the
// text; spelling variants (case, dashes, spaces, dots); a person's short name
// ("Putin" after "Vladimir Putin"); an acronym of a longer name; a typo of a
// longer name. Names a `distinct` rule separates, and different lexicon
// entries, are never joined. Mentions whose name has a unique lexicon entry
// take that entry. The mention's `entry` fields may be updated.
std::vector<DocEntity> group_mentions(std::string_view text, MentionSet& set,
                                      const Gazetteer& gazetteer, const NameRules& rules);

}  // namespace dossier
