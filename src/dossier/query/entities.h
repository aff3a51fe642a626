// Questions about resolved entities (people, organizations, places, groups): the filtered
// list, finding one by name, and one entity with its aliases, the rules that joined them,
// its mentions in context and the entities reported with it. Every function reads only and
// throws StoreError when SQLite fails.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/query/page.h"
#include "dossier/store/store.h"

namespace dossier {

struct EntityFilter {
  std::string type;                      // person | organization | location | group; "" any
  std::optional<std::int64_t> document;  // only entities mentioned in this document
};

// One line of the entity list.
struct EntityListing {
  std::int64_t id = 0;
  std::string name, type;
  std::int64_t documents = 0, mentions = 0;
  std::vector<std::string> aliases;  // other names it was written under
};

// Entities with at least one mention, most reported first (documents, then mentions, then
// name).
std::vector<EntityListing> list_entities(Store& store, const EntityFilter& filter, Page page);

// The entity one of whose surface forms has the same name_key as `name`, the most
// mentioned such form first; 0 when none.
std::int64_t find_entity_named(Store& store, const std::string& name);

// A surface form of the entity in one document, and why it belongs: the rule (and
// confidence) that joined the form to its document entity, and the rule that joined that
// document entity, written `document_name` there, to the global entity.
struct EntityAlias {
  std::string alias;
  std::string rule;
  double confidence = 0;
  std::string document_rule;
  double document_confidence = 0;
  std::int64_t document = 0;
  std::string document_name;
};

// A mention with up to 60 bytes of text on either side (newlines kept).
struct MentionContext {
  std::int64_t document = 0;
  std::int64_t start = 0, end = 0;  // byte offsets of the mention in the document's text
  std::string context;
  std::int64_t page = 0;  // the page it stands on; 0 for a document without pages
};

// Another entity mentioned in documents that mention this one.
struct CoEntity {
  std::int64_t id = 0;
  std::string name, type;
  std::int64_t documents = 0;  // documents mentioning both
};

struct EntityDetail {
  std::int64_t id = 0;
  std::string name, type, subtype, country;
  std::vector<EntityAlias> aliases;      // by alias, then document
  std::vector<MentionContext> mentions;  // by document, then offset
  std::vector<CoEntity> cooccurring;     // most shared documents first, then name
};

struct EntityDetailPages {
  Page aliases{-1, 0};
  Page mentions{20, 0};
  Page cooccurring{10, 0};
};

// The entity with this id; nullopt when there is none.
std::optional<EntityDetail> entity_detail(Store& store, std::int64_t id,
                                          const EntityDetailPages& pages = {});

}  // namespace dossier
