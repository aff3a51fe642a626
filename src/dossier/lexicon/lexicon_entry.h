// One lexicon entry (a country, city, actor, demonym...) and one match of it in text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/core/entity_type.h"

namespace dossier {

struct LexEntry {
  std::string key;  // stable id, unique across all lexicon files: "isis-k", "russia"
  EntityType type = EntityType::kLocation;
  std::string subtype;               // "country", "city", "capital", "armed_group", "demonym"...
  std::string name;                  // canonical name
  std::vector<std::string> aliases;  // other surface forms, without the canonical name
  std::string country;               // ISO 3166-1 alpha-2 code, upper case, or empty
  std::string parent;  // key of the parent entry ("islamic-state" for "isis-k"), or empty
  double lat = 0, lon = 0;
  bool has_coords = false;
  std::uint32_t population = 0;
  bool is_default = false;  // the preferred city among cities sharing a name
  bool is_word = false;     // the name is also an English word ("Mobile", "Orange")
  std::string links_to;     // demonym -> the key of its country ("tajiks" -> "tajikistan")
};

// A lexicon name found in text: bytes [start, end) of the text, which overlap
// the tokens [first_token, end_token). start and end may fall inside a
// hyphenated token ("US" in "US-led").
struct LexMatch {
  std::uint32_t start, end;
  std::uint32_t first_token, end_token;
  std::uint32_t entry;  // index for Gazetteer::entry()
};

}  // namespace dossier
