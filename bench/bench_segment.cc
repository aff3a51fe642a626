// Segmentation: segment() over whole documents.
#include <benchmark/benchmark.h>

#include "bench_text.h"
#include "dossier/segment/segmenter.h"

namespace dossier::bench {
namespace {

void BM_Segment(benchmark::State& state) {
  const auto& docs = sample_documents();
  for (auto _ : state)
    for (const std::string& d : docs) benchmark::DoNotOptimize(segment(d));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
