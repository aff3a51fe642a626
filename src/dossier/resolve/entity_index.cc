#include "dossier/resolve/entity_index.h"

#include <algorithm>

#include "dossier/core/cyrillic.h"
#include "dossier/core/name_key.h"
#include "dossier/core/name_match.h"
#include "dossier/core/unicode_case.h"
#include "dossier/extract/name_words.h"

namespace dossier {
namespace {

std::string initials(std::string_view name) {
  std::string out;
  for (const std::string& w : name_words(name))
    if (w != "of" && w != "the" && w != "and" && w != "for" && w != "in") out += w[0];
  return out;
}

// Names that may be typos of each other share type, first two letters and word count, and
// differ in length by at most 2: the bucket holds the length, and lookups try the five
// lengths around their own.
std::string typo_bucket(EntityType type, const std::string& compact, std::size_t words,
                        int length_offset = 0) {
  std::string key(to_string(type));
  key += ':';
  key += compact.substr(0, 2);
  key += ':';
  key += std::to_string(words);
  key += ':';
  key += std::to_string(static_cast<int>(compact.size()) + length_offset);
  return key;
}

template <typename Map>
void put(Map& map, const std::string& key, std::int64_t id) {
  if (key.empty()) return;
  auto range = map.equal_range(key);
  for (auto it = range.first; it != range.second; ++it)
    if (it->second == id) return;
  map.emplace(key, id);
}

// The stems of a Russian name's words ("Лубянке", "Лубянка" -> "lubyank"); empty for names
// without Cyrillic letters (English plurals are no inflection of one place), and for a word
// too short to stem.
std::string inflection_key(std::string_view name) {
  if (!has_cyrillic(name)) return {};
  std::string key;
  for (const std::string& w : name_words(name)) {
    const std::string stem = name_stem_key(w);
    if (stem.empty()) return {};
    if (!key.empty()) key += ' ';
    key += stem;
  }
  return key;
}

}  // namespace

void EntityIndex::add_entity(std::int64_t id, EntityType type, const std::string& name,
                             const std::string& lex_key) {
  entities_[id] = Info{type, name, lex_key, {}};
  if (!lex_key.empty()) by_lex_key_[lex_key] = id;
  add_alias(id, name);
}

void EntityIndex::add_alias(std::int64_t id, const std::string& alias) {
  Info& e = entities_.at(id);
  if (std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()) return;
  e.aliases.push_back(alias);
  e.in_distinct_rule = e.in_distinct_rule || rules_->in_distinct_rule(alias);
  put(by_key_, rules_->forced_key(alias), id);
  put(by_compact_, compact_key(alias), id);
  if (transliteration_) put(by_translit_, transliteration_key(alias), id);
  if (e.type != EntityType::kPerson) put(by_inflection_, inflection_key(alias), id);
  auto words = name_words(alias);
  if (e.type == EntityType::kPerson && !words.empty()) put(by_last_word_, words.back(), id);
  if (e.type == EntityType::kOrganization && words.size() >= 2)
    put(by_initials_, initials(alias), id);
  if ((e.type == EntityType::kPerson || e.type == EntityType::kOrganization) && !words.empty())
    put(by_typo_bucket_, typo_bucket(e.type, compact_key(alias), words.size()), id);
}

bool EntityIndex::compatible(const Info& e, const EntityNames& c) const {
  if (e.type != c.type) return false;
  if (!e.lex_key.empty() && !c.lex_key.empty() && e.lex_key != c.lex_key) return false;
  // A place the lexicon knows (a town the page stage chose: Troy, Michigan) never joins a
  // name nobody placed: that record holds every Troy.
  if (c.type == EntityType::kLocation && !c.lex_key.empty() && e.lex_key.empty()) return false;
  if (!e.in_distinct_rule) return true;
  for (const auto& a : c.aliases)
    for (const auto& b : e.aliases)
      if (rules_->distinct(a, b)) return false;
  return true;
}

std::vector<std::int64_t> EntityIndex::lookup(
    const std::unordered_multimap<std::string, std::int64_t>& map, const std::string& key,
    const EntityNames& c) const {
  std::vector<std::int64_t> out;
  auto range = map.equal_range(key);
  for (auto it = range.first; it != range.second; ++it)
    if (compatible(entities_.at(it->second), c) &&
        std::find(out.begin(), out.end(), it->second) == out.end())
      out.push_back(it->second);
  return out;
}

EntityMatch EntityIndex::find(const EntityNames& c) const {
  if (!c.lex_key.empty()) {
    auto it = by_lex_key_.find(c.lex_key);
    if (it != by_lex_key_.end()) return {it->second, "lexicon:" + c.lex_key, 1.0};
  }
  // Exact names may join even when several entities carry them: take the first.
  for (const auto& a : c.aliases) {
    auto hits = lookup(by_key_, rules_->forced_key(a), c);
    if (!hits.empty()) {
      // Without an alias of the same name, the aliases file made the join.
      const auto& aliases = entities_.at(hits.front()).aliases;
      bool forced = std::none_of(aliases.begin(), aliases.end(),
                                 [&](const std::string& x) { return name_key(x) == name_key(a); });
      return {hits.front(), forced ? "aliases-file" : "same-name", forced ? 1.0 : 0.95};
    }
  }
  auto unique = [&](const std::unordered_multimap<std::string, std::int64_t>& map,
                    const std::string& key) -> std::int64_t {
    auto hits = lookup(map, key, c);
    return hits.size() == 1 ? hits[0] : 0;
  };
  for (const auto& a : c.aliases)
    if (auto id = unique(by_compact_, compact_key(a))) return {id, "spelling-variant", 0.9};
  if (transliteration_)
    for (const auto& a : c.aliases)
      if (auto id = unique(by_translit_, transliteration_key(a)))
        return {id, "transliteration", 0.85};
  if (c.type != EntityType::kPerson)
    for (const auto& a : c.aliases)
      if (auto id = unique(by_inflection_, inflection_key(a))) return {id, "inflection", 0.85};
  if (c.type == EntityType::kPerson) {
    for (const auto& a : c.aliases) {
      auto words = name_words(a);
      if (words.size() != 1) continue;
      auto hits = lookup(by_last_word_, words[0], c);
      std::vector<std::int64_t> full;
      for (auto id : hits)
        for (const auto& alias : entities_.at(id).aliases)
          if (is_short_name(a, alias)) {
            full.push_back(id);
            break;
          }
      if (full.size() == 1) return {full[0], "short-name", 0.8};
    }
    // A full name whose surname is an existing single-word person entity.
    auto words = name_words(c.name);
    if (words.size() >= 2) {
      std::vector<std::int64_t> hits;
      for (auto id : lookup(by_key_, words.back(), c))
        if (name_words(entities_.at(id).name).size() == 1) hits.push_back(id);
      if (hits.size() == 1) return {hits[0], "short-name", 0.8};
    }
  }
  if (c.type == EntityType::kOrganization) {
    for (const auto& a : c.aliases) {
      if (compact_key(a).size() < 3) continue;
      if (looks_like_acronym(a)) {
        if (auto id = unique(by_initials_, compact_key(a))) return {id, "acronym", 0.8};
      } else if (name_words(a).size() >= 2) {
        if (auto id = unique(by_compact_, initials(a))) return {id, "acronym", 0.8};
      }
    }
  }
  if (c.type == EntityType::kPerson || c.type == EntityType::kOrganization) {
    for (const auto& a : c.aliases) {
      std::vector<std::int64_t> hits;
      const std::string compact = compact_key(a);
      const std::size_t words = name_words(a).size();
      for (int offset = -2; offset <= 2; ++offset)
        for (auto id : lookup(by_typo_bucket_, typo_bucket(c.type, compact, words, offset), c))
          for (const auto& alias : entities_.at(id).aliases)
            if (is_typo_of(a, alias)) {
              if (std::find(hits.begin(), hits.end(), id) == hits.end()) hits.push_back(id);
              break;
            }
      if (hits.size() == 1) return {hits[0], "typo", 0.7};
    }
  }
  return {};
}

}  // namespace dossier
