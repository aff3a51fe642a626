// The four kinds of entity dossier extracts.
#pragma once

#include <optional>
#include <string_view>

namespace dossier {

enum class EntityType : unsigned char { kPerson, kOrganization, kLocation, kGroup };

// "person", "organization", "location", "group".
std::string_view to_string(EntityType type);
// Inverse of to_string; nullopt for anything else.
std::optional<EntityType> parse_entity_type(std::string_view name);

}  // namespace dossier
