// The store's entities held in memory for matching new document entities.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/core/entity_type.h"
#include "dossier/extract/name_rules.h"

namespace dossier {

struct EntityMatch {
  std::int64_t entity = 0;  // 0: no existing entity, create one
  std::string rule;         // why the names were joined
  double confidence = 0;
};

// A candidate for resolution: one document's entity, by its names.
struct EntityNames {
  EntityType type = EntityType::kOrganization;
  std::string name;
  std::string lex_key;               // lexicon key or empty
  std::vector<std::string> aliases;  // every surface form, the name included
};

// Cross-document resolution. Rules, strongest first: the same lexicon key; a
// name the aliases file forces; the same name; a spelling variant (case,
// dashes, spaces, dots); a transliteration (Cyrillic "Рахмон" = "Rahmon"),
// unless switched off; for places, organizations and groups, a Russian case form
// ("Лубянке" = "Лубянка"); a person's short name ("Putin" = "Vladimir Putin");
// an acronym of a longer organization name; a typo in a long name. Entities
// with different lexicon keys, different types, or names an aliases file
// declares distinct are never joined. A rule below "same-name" joins only
// when exactly one entity qualifies, so an ambiguous short name stays apart.
class EntityIndex {
 public:
  EntityIndex(const NameRules& rules, bool transliteration)
      : rules_(&rules), transliteration_(transliteration) {}

  void add_entity(std::int64_t id, EntityType type, const std::string& name,
                  const std::string& lex_key);
  void add_alias(std::int64_t id, const std::string& alias);

  EntityMatch find(const EntityNames& candidate) const;

 private:
  struct Info {
    EntityType type;
    std::string name, lex_key;
    std::vector<std::string> aliases;
    bool in_distinct_rule = false;  // some alias is named by a `distinct` rule
  };
  bool compatible(const Info& e, const EntityNames& c) const;
  // Entities reached through one key map, filtered by compatibility.
  std::vector<std::int64_t> lookup(const std::unordered_multimap<std::string, std::int64_t>& map,
                                   const std::string& key, const EntityNames& c) const;

  const NameRules* rules_;
  bool transliteration_;
  std::unordered_map<std::int64_t, Info> entities_;
  std::unordered_map<std::string, std::int64_t> by_lex_key_;
  std::unordered_multimap<std::string, std::int64_t> by_key_, by_compact_, by_translit_,
      by_inflection_, by_last_word_, by_initials_, by_typo_bucket_;
};

}  // namespace dossier
