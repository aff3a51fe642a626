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

// 4 MB of one name-dense sentence: the throughput tests/lexicon once asserted (> 50 MB/s).
void BM_GazetteerMatchRepeated(benchmark::State& state) {
  std::unique_ptr<Gazetteer> gazetteer = Gazetteer::load(data_dir() / "lexicon");
  const std::string sentence =
      "On Friday, gunmen linked to the Islamic State Khorasan Province attacked a concert hall "
      "near Moscow, killing dozens, Russian officials and the U.S. State Department said, while "
      "Tajik and Uzbek migrants in Kazan, Dushanbe and Tashkent were questioned by police. ";
  std::string text;
  while (text.size() < (4u << 20)) text += sentence;
  const Segmentation seg = segment(text);
  for (auto _ : state) benchmark::DoNotOptimize(gazetteer->match(text, seg.tokens));
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_GazetteerMatchRepeated)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
