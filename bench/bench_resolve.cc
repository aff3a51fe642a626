// Resolution: EntityIndex::find against an index holding every lexicon entry
// (about 30,000 entities with their aliases). Candidates are lexicon names as
// written, with a typo, and unknown invented names, without lexicon keys, so
// every lookup path (exact key, compact key, typo buckets, last word) runs.
#include <benchmark/benchmark.h>

#include <memory>

#include "dossier/core/data_dir.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/resolve/entity_index.h"

namespace dossier::bench {
namespace {

void BM_EntityIndexFind(benchmark::State& state) {
  std::unique_ptr<Gazetteer> gazetteer = Gazetteer::load(data_dir() / "lexicon");
  NameRules rules;
  EntityIndex index(rules, /*transliteration=*/true);
  for (std::uint32_t i = 0; i < gazetteer->size(); ++i) {
    const LexEntry& e = gazetteer->entry(i);
    index.add_entity(i + 1, e.type, e.name, e.key);
    for (const std::string& a : e.aliases) index.add_alias(i + 1, a);
  }
  std::vector<EntityNames> candidates;
  long long bytes = 0;
  for (std::uint32_t i = 0; i < gazetteer->size(); i += 30) {
    const LexEntry& e = gazetteer->entry(i);
    std::string name = e.name;
    if (i % 60 == 0 && name.size() > 4) std::swap(name[2], name[3]);  // a typo
    candidates.push_back({e.type, name, "", {name}});
    candidates.push_back({EntityType::kPerson, "Amina Haddad-" + std::to_string(i), "", {}});
    candidates.back().aliases.push_back(candidates.back().name);
  }
  for (const EntityNames& c : candidates) bytes += static_cast<long long>(c.name.size());
  for (auto _ : state)
    for (const EntityNames& c : candidates) benchmark::DoNotOptimize(index.find(c));
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(candidates.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_EntityIndexFind)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
