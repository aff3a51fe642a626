#include "dossier/core/entity_type.h"

namespace dossier {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kLocation:
      return "location";
    case EntityType::kGroup:
      return "group";
  }
  return "organization";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (auto t :
       {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation, EntityType::kGroup})
    if (to_string(t) == name) return t;
  return std::nullopt;
}

}  // namespace dossier
