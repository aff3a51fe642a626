// The analyst's corrections to naming: names never to extract, merges to force
// and merges to forbid. Read from the shipped data/aliases.tsv plus an optional
// user file in the same format.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dossier {

// File format, one rule per line, tab-separated, '#' starts a comment:
//   never   NAME            never extract NAME as an entity
//   same    NAME   NAME     the two names always denote one entity
//   distinct NAME  NAME     the two names never denote one entity
// Names compare by name_key (case, dashes and spacing do not matter).
class NameRules {
 public:
  // Adds the rules of one file. Throws Error "file:line: message" on a bad line (the rules
  // read before it are kept) and "file: cannot open aliases file".
  void load(const std::filesystem::path& file);
  // Adds one rule programmatically (used by tests and the loader).
  void add_never(std::string_view name);
  void add_same(std::string_view a, std::string_view b);
  void add_distinct(std::string_view a, std::string_view b);

  bool never(std::string_view name) const;
  // The canonical key a name is forced to, or the name's own key.
  std::string forced_key(std::string_view name) const;
  bool distinct(std::string_view a, std::string_view b) const;
  // Whether some `distinct` rule names this name (a cheap filter before distinct()).
  bool in_distinct_rule(std::string_view name) const;

 private:
  std::string find_root(std::string key) const;

  std::unordered_set<std::string> never_;
  std::unordered_map<std::string, std::string> same_;  // union-find parent by key
  std::unordered_set<std::string> distinct_;           // "a\tb" with a < b
  std::unordered_set<std::string> distinct_names_;     // every name of a distinct rule
};

}  // namespace dossier
