// Figure and date parsing: find_figures per sentence, find_dates per document.
#include <benchmark/benchmark.h>

#include <utility>

#include "bench_text.h"
#include "dossier/extract/date_finder.h"
#include "dossier/extract/figure_finder.h"
#include "dossier/segment/segmenter.h"

namespace dossier::bench {
namespace {

using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

std::vector<Spans> sentence_spans() {
  std::vector<Spans> all;
  for (const std::string& d : sample_documents()) {
    Spans spans;
    for (const Sentence& s : segment(d).sentences) spans.emplace_back(s.start, s.end);
    all.push_back(std::move(spans));
  }
  return all;
}

void BM_FindFigures(benchmark::State& state) {
  const auto& docs = sample_documents();
  std::vector<Spans> spans = sentence_spans();
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i)
      for (auto [start, end] : spans[i])
        benchmark::DoNotOptimize(
            find_figures(std::string_view(docs[i]).substr(start, end - start), start));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_FindFigures)->Unit(benchmark::kMillisecond);

void BM_FindDates(benchmark::State& state) {
  const auto& docs = sample_documents();
  std::vector<Spans> spans = sentence_spans();
  PartialDate published{2024, 3, 29};
  for (auto _ : state)
    for (std::size_t i = 0; i < docs.size(); ++i)
      benchmark::DoNotOptimize(find_dates(docs[i], spans[i], published));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_FindDates)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
