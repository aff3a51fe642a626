// Lexicon matching: Gazetteer::match over pre-segmented documents.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

#include "bench_text.h"
#include "dossier/core/data_dir.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/segment/segmenter.h"

namespace dossier::bench {
namespace {

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(Gazetteer::load(data_dir() / "lexicon"));
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_GazetteerMatch(benchmark::State& state) {
  std::unique_ptr<Gazetteer> gazetteer = Gazetteer::load(data_dir() / "lexicon");
  const auto& docs = sample_documents();
  std::vector<Segmentation> segs;
  for (const std::string& d : docs) segs.push_back(segment(d));
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i)
      benchmark::DoNotOptimize(gazetteer->match(docs[i], segs[i].tokens));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_GazetteerMatch)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
