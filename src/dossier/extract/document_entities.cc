#include "dossier/extract/document_entities.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "dossier/core/name_key.h"
#include "dossier/core/name_match.h"
#include "dossier/extract/name_words.h"

namespace dossier {
namespace {

struct UnionFind {
  std::vector<std::uint32_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
};

}  // namespace

std::vector<DocEntity> group_mentions(std::string_view text, MentionSet& set,
                                      const Gazetteer& gazetteer, const NameRules& rules) {
  auto& ms = set.mentions;
  const std::size_t n = ms.size();
  auto surface = [&](std::size_t i) { return text.substr(ms[i].start, ms[i].end - ms[i].start); };

  // A name the lexicon knows under exactly one entry takes that entry.
  for (auto& m : ms) {
    if (m.entry >= 0) continue;
    auto hits = gazetteer.lookup(text.substr(m.start, m.end - m.start));
    if (hits.size() == 1) {
      m.entry = static_cast<std::int32_t>(hits[0]);
      m.type = gazetteer.entry(hits[0]).type;
    }
  }

  // Surface forms, each a node; mentions point to their form.
  std::map<std::string, std::uint32_t> form_of_key;
  std::vector<std::string> forms;        // representative surface
  std::vector<std::int32_t> form_entry;  // lexicon entry or -1
  std::vector<EntityType> form_type;
  std::vector<std::uint32_t> mention_form(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string key = rules.forced_key(surface(i));
    if (ms[i].entry >= 0) key = "\x01" + gazetteer.entry(ms[i].entry).key;
    auto [it, fresh] = form_of_key.emplace(key, static_cast<std::uint32_t>(forms.size()));
    if (fresh) {
      forms.emplace_back(surface(i));
      form_entry.push_back(ms[i].entry);
      form_type.push_back(ms[i].type);
    } else if (surface(i).size() > forms[it->second].size() && ms[i].entry < 0) {
      forms[it->second] = std::string(surface(i));
    }
    mention_form[i] = it->second;
  }
  const std::size_t f = forms.size();
  UnionFind uf(f);
  std::vector<std::string> join_rule(f);
  std::vector<double> join_conf(f, 1.0);

  // Entry of a cluster root (-1 if none) and whether two clusters may join.
  auto cluster_entry = [&](std::uint32_t root) {
    for (std::uint32_t k = 0; k < f; ++k)
      if (uf.find(k) == root && form_entry[k] >= 0) return form_entry[k];
    return -1;
  };
  auto may_join = [&](std::uint32_t a, std::uint32_t b) {
    std::uint32_t ra = uf.find(a), rb = uf.find(b);
    if (ra == rb) return false;
    std::int32_t ea = cluster_entry(ra), eb = cluster_entry(rb);
    if (ea >= 0 && eb >= 0 && ea != eb) return false;
    for (std::uint32_t x = 0; x < f; ++x)
      if (uf.find(x) == ra)
        for (std::uint32_t y = 0; y < f; ++y)
          if (uf.find(y) == rb && rules.distinct(forms[x], forms[y])) return false;
    return true;
  };
  // Joins the smaller form into the larger; `alias` explains itself with rule.
  auto join = [&](std::uint32_t alias, std::uint32_t target, std::string_view rule, double conf) {
    if (!may_join(alias, target)) return;
    std::uint32_t ra = uf.find(alias), rt = uf.find(target);
    uf.parent[ra] = rt;
    if (join_rule[alias].empty()) {
      join_rule[alias] = rule;
      join_conf[alias] = conf;
    }
  };

  for (const AliasLink& link : set.links) {
    std::uint32_t a = mention_form[link.a], b = mention_form[link.b];
    join(b, a, link.rule, 0.95);
  }
  // Order forms longest first so short names join the fullest name.
  std::vector<std::uint32_t> order(f);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](auto a, auto b) { return forms[a].size() > forms[b].size(); });
  for (std::uint32_t a : order) {
    for (std::uint32_t b : order) {
      if (a == b || forms[b].size() < forms[a].size()) continue;  // b is the longer or equal
      bool same_type = form_type[a] == form_type[b];
      if (same_type && compact_key(forms[a]) == compact_key(forms[b])) {
        join(a, b, "spelling-variant", 0.95);
      } else if (form_type[b] == EntityType::kPerson && form_entry[a] < 0 &&
                 (same_type || form_type[a] != EntityType::kLocation) &&
                 is_short_name(forms[a], forms[b])) {
        join(a, b, "short-name", 0.9);
      } else if (same_type && form_type[a] == EntityType::kOrganization &&
                 looks_like_acronym(forms[a]) && is_acronym_of(forms[a], forms[b])) {
        join(a, b, "acronym", 0.85);
      } else if (same_type && form_type[a] == EntityType::kPerson &&
                 is_typo_of(forms[a], forms[b])) {
        join(a, b, "typo", 0.75);
      }
    }
  }

  // Build the entities.
  std::map<std::uint32_t, std::size_t> index_of_root;
  std::vector<DocEntity> out;
  std::vector<std::vector<std::uint32_t>> members;
  for (std::uint32_t k = 0; k < f; ++k) {
    std::uint32_t r = uf.find(k);
    auto [it, fresh] = index_of_root.emplace(r, out.size());
    if (fresh) {
      out.emplace_back();
      members.emplace_back();
    }
    members[it->second].push_back(k);
  }
  for (std::size_t e = 0; e < out.size(); ++e) {
    DocEntity& ent = out[e];
    std::map<EntityType, int> votes;
    std::uint32_t best = members[e][0];
    for (std::uint32_t k : members[e]) {
      if (form_entry[k] >= 0) ent.entry = form_entry[k];
      if (forms[k].size() > forms[best].size()) best = k;
    }
    for (std::size_t i = 0; i < n; ++i)
      if (index_of_root[uf.find(mention_form[i])] == e) {
        ent.mentions.push_back(static_cast<std::uint32_t>(i));
        votes[ms[i].type] += ms[i].entry >= 0 ? 100 : 1;
      }
    if (ent.entry >= 0) {
      const LexEntry& le = gazetteer.entry(ent.entry);
      ent.name = le.name;
      ent.type = le.type;
    } else {
      ent.name = forms[best];
      // A person's full name decides the type of the short forms joined to it.
      ent.type = form_type[best] == EntityType::kPerson
                     ? EntityType::kPerson
                     : std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) {
                         return a.second < b.second;
                       })->first;
    }
    for (std::uint32_t k : members[e]) {
      std::string rule = join_rule[k];
      double conf = join_conf[k];
      if (form_entry[k] >= 0) {
        rule = "lexicon:" + gazetteer.entry(form_entry[k]).key;
        conf = 1.0;
      } else if (rule.empty()) {
        rule = forms[k] == ent.name ? "name" : "same-name";
      }
      for (std::size_t i = 0; i < n; ++i)  // every distinct surface of this form
        if (mention_form[i] == k) {
          std::string s(surface(i));
          bool seen = std::any_of(ent.merges.begin(), ent.merges.end(),
                                  [&](const NameMerge& m) { return m.alias == s; });
          if (!seen) ent.merges.push_back({s, rule, conf});
        }
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    ms[i].type = out[index_of_root[uf.find(mention_form[i])]].type;
  return out;
}

}  // namespace dossier
