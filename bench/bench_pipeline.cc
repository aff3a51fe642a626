// The whole per-document pipeline: extract_document (segmentation, language,
// lexicon, tagger, mentions, figures, dates, events) with the shipped models.
#include <benchmark/benchmark.h>

#include <memory>

#include "bench_text.h"
#include "dossier/core/data_dir.h"
#include "dossier/pipeline/document_extraction.h"
#include "dossier/pipeline/models.h"

namespace dossier::bench {
namespace {

ModelOptions options() {
  ModelOptions o;
  o.data_dir = data_dir();
  return o;
}

void BM_ModelsLoad(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    benchmark::DoNotOptimize(Models::load(options(), &error));
  }
}
BENCHMARK(BM_ModelsLoad)->Unit(benchmark::kMillisecond);

void BM_ExtractDocument(benchmark::State& state) {
  std::string error;
  std::unique_ptr<Models> models = Models::load(options(), &error);
  if (!models) {
    state.SkipWithError(error.c_str());
    return;
  }
  std::vector<Document> docs;
  for (const std::string& text : sample_documents()) {
    Document d;
    d.source = "bench.txt";
    d.format = "txt";
    d.text = text;
    docs.push_back(std::move(d));
  }
  for (auto _ : state)
    for (const Document& d : docs) benchmark::DoNotOptimize(extract_document(d, *models));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_ExtractDocument)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
