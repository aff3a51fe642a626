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

// A name the lexicon knows under exactly one entry takes that entry.
void take_unique_entries(std::string_view text, std::vector<Mention>& ms,
                         const Gazetteer& gazetteer) {
  for (auto& m : ms) {
    if (m.entry >= 0) continue;
    auto hits = gazetteer.lookup(text.substr(m.start, m.end - m.start));
    if (hits.size() == 1) {
      m.entry = static_cast<std::int32_t>(hits[0]);
      m.type = gazetteer.entry(hits[0]).type;
    }
  }
}

// The document's surface forms, each a node; mentions point to their form.
struct Forms {
  std::vector<std::string> text;    // representative surface
  std::vector<std::int32_t> entry;  // lexicon entry or -1
  std::vector<EntityType> type;
  std::vector<std::uint32_t> of_mention;
  std::size_t size() const { return text.size(); }
};

Forms collect_forms(std::string_view text, const std::vector<Mention>& ms,
                    const Gazetteer& gazetteer, const NameRules& rules) {
  Forms forms;
  forms.of_mention.resize(ms.size());
  std::map<std::string, std::uint32_t> form_of_key;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    std::string_view surface = text.substr(ms[i].start, ms[i].end - ms[i].start);
    std::string key = rules.forced_key(surface);
    if (ms[i].entry >= 0) key = "\x01" + gazetteer.entry(ms[i].entry).key;
    auto [it, fresh] = form_of_key.emplace(key, static_cast<std::uint32_t>(forms.size()));
    if (fresh) {
      forms.text.emplace_back(surface);
      forms.entry.push_back(ms[i].entry);
      forms.type.push_back(ms[i].type);
    } else if (surface.size() > forms.text[it->second].size() && ms[i].entry < 0) {
      forms.text[it->second] = std::string(surface);
    }
    forms.of_mention[i] = it->second;
  }
  return forms;
}

// Clusters of forms that denote one entity, each form with the rule that joined it.
class FormClusters {
 public:
  FormClusters(const Forms& forms, const NameRules& rules)
      : forms_(forms),
        rules_(rules),
        uf_(forms.size()),
        rule_(forms.size()),
        confidence_(forms.size(), 1.0) {}

  // Joins the cluster of `alias` into that of `target` when they may join; `alias`
  // explains itself with `rule` unless an earlier join explained it.
  void join(std::uint32_t alias, std::uint32_t target, std::string_view rule, double confidence) {
    if (!may_join(alias, target)) return;
    std::uint32_t ra = uf_.find(alias), rt = uf_.find(target);
    uf_.parent[ra] = rt;
    if (rule_[alias].empty()) {
      rule_[alias] = rule;
      confidence_[alias] = confidence;
    }
  }

  // Joins each form to every longer (or equal) form it is a variant, short name, acronym or
  // typo of, longest forms first so short names join the fullest name.
  void join_by_names() {
    const std::vector<std::string>& text = forms_.text;
    std::vector<std::uint32_t> order(forms_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](auto a, auto b) { return text[a].size() > text[b].size(); });
    for (std::uint32_t a : order)
      for (std::uint32_t b : order)
        if (a != b && text[b].size() >= text[a].size()) join_by_name(a, b);
  }

  std::uint32_t root(std::uint32_t form) { return uf_.find(form); }
  const std::string& rule(std::uint32_t form) const { return rule_[form]; }
  double confidence(std::uint32_t form) const { return confidence_[form]; }

 private:
  void join_by_name(std::uint32_t a, std::uint32_t b) {
    const std::string &fa = forms_.text[a], &fb = forms_.text[b];
    const EntityType ta = forms_.type[a], tb = forms_.type[b];
    bool same_type = ta == tb;
    if (same_type && compact_key(fa) == compact_key(fb)) {
      join(a, b, "spelling-variant", 0.95);
    } else if (tb == EntityType::kPerson && forms_.entry[a] < 0 &&
               (same_type || ta != EntityType::kLocation) && is_short_name(fa, fb)) {
      join(a, b, "short-name", 0.9);
    } else if (same_type && ta == EntityType::kOrganization && looks_like_acronym(fa) &&
               is_acronym_of(fa, fb)) {
      join(a, b, "acronym", 0.85);
    } else if (same_type && ta == EntityType::kPerson && is_typo_of(fa, fb)) {
      join(a, b, "typo", 0.75);
    }
  }

  // The lexicon entry of a cluster (-1 if none).
  std::int32_t cluster_entry(std::uint32_t root) {
    for (std::uint32_t k = 0; k < forms_.size(); ++k)
      if (uf_.find(k) == root && forms_.entry[k] >= 0) return forms_.entry[k];
    return -1;
  }

  // Two clusters may join unless they are one already, have different lexicon entries, or
  // a rule keeps two of their forms apart.
  bool may_join(std::uint32_t a, std::uint32_t b) {
    std::uint32_t ra = uf_.find(a), rb = uf_.find(b);
    if (ra == rb) return false;
    std::int32_t ea = cluster_entry(ra), eb = cluster_entry(rb);
    if (ea >= 0 && eb >= 0 && ea != eb) return false;
    for (std::uint32_t x = 0; x < forms_.size(); ++x)
      if (uf_.find(x) == ra)
        for (std::uint32_t y = 0; y < forms_.size(); ++y)
          if (uf_.find(y) == rb && rules_.distinct(forms_.text[x], forms_.text[y])) return false;
    return true;
  }

  const Forms& forms_;
  const NameRules& rules_;
  UnionFind uf_;
  std::vector<std::string> rule_;
  std::vector<double> confidence_;
};

// The entity's name and type: its lexicon entry's, else its longest form's, typed by a
// person's full name or else by the mentions' votes (a lexicon mention outweighs 100 others).
void name_entity(DocEntity& ent, const std::vector<std::uint32_t>& members, const Forms& forms,
                 const std::vector<Mention>& ms, const Gazetteer& gazetteer) {
  std::uint32_t best = members[0];
  for (std::uint32_t k : members) {
    if (forms.entry[k] >= 0) ent.entry = forms.entry[k];
    if (forms.text[k].size() > forms.text[best].size()) best = k;
  }
  if (ent.entry >= 0) {
    const LexEntry& le = gazetteer.entry(ent.entry);
    ent.name = le.name;
    ent.type = le.type;
    return;
  }
  ent.name = forms.text[best];
  std::map<EntityType, int> votes;
  for (std::uint32_t i : ent.mentions) votes[ms[i].type] += ms[i].entry >= 0 ? 100 : 1;
  // A person's full name decides the type of the short forms joined to it.
  ent.type = forms.type[best] == EntityType::kPerson
                 ? EntityType::kPerson
                 : std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) {
                     return a.second < b.second;
                   })->first;
}

// Records every distinct surface of the entity's forms with the rule that joined it.
void add_merges(DocEntity& ent, const std::vector<std::uint32_t>& members, const Forms& forms,
                FormClusters& clusters, std::string_view text, const std::vector<Mention>& ms,
                const Gazetteer& gazetteer) {
  for (std::uint32_t k : members) {
    std::string rule = clusters.rule(k);
    double conf = clusters.confidence(k);
    if (forms.entry[k] >= 0) {
      rule = "lexicon:" + gazetteer.entry(forms.entry[k]).key;
      conf = 1.0;
    } else if (rule.empty()) {
      rule = forms.text[k] == ent.name ? "name" : "same-name";
    }
    for (std::size_t i = 0; i < ms.size(); ++i)
      if (forms.of_mention[i] == k) {
        std::string s(text.substr(ms[i].start, ms[i].end - ms[i].start));
        bool seen = std::any_of(ent.merges.begin(), ent.merges.end(),
                                [&](const NameMerge& m) { return m.alias == s; });
        if (!seen) ent.merges.push_back({s, rule, conf});
      }
  }
}

}  // namespace

std::vector<DocEntity> group_mentions(std::string_view text, MentionSet& set,
                                      const Gazetteer& gazetteer, const NameRules& rules) {
  auto& ms = set.mentions;
  take_unique_entries(text, ms, gazetteer);
  const Forms forms = collect_forms(text, ms, gazetteer, rules);
  FormClusters clusters(forms, rules);
  for (const AliasLink& link : set.links)
    clusters.join(forms.of_mention[link.b], forms.of_mention[link.a], link.rule, 0.95);
  clusters.join_by_names();

  // One entity per cluster, in the order of their first forms.
  std::map<std::uint32_t, std::size_t> index_of_root;
  std::vector<DocEntity> out;
  std::vector<std::vector<std::uint32_t>> members;
  for (std::uint32_t k = 0; k < forms.size(); ++k) {
    auto [it, fresh] = index_of_root.emplace(clusters.root(k), out.size());
    if (fresh) {
      out.emplace_back();
      members.emplace_back();
    }
    members[it->second].push_back(k);
  }
  std::vector<std::size_t> entity_of(ms.size());
  for (std::size_t i = 0; i < ms.size(); ++i) {
    entity_of[i] = index_of_root[clusters.root(forms.of_mention[i])];
    out[entity_of[i]].mentions.push_back(static_cast<std::uint32_t>(i));
  }
  for (std::size_t e = 0; e < out.size(); ++e) {
    name_entity(out[e], members[e], forms, ms, gazetteer);
    add_merges(out[e], members[e], forms, clusters, text, ms, gazetteer);
  }
  for (std::size_t i = 0; i < ms.size(); ++i) ms[i].type = out[entity_of[i]].type;
  return out;
}

}  // namespace dossier
