// The whole per-document pipeline: extract_document (segmentation, language,
// lexicon, tagger, mentions, figures, dates, events) with the shipped models.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>

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
    benchmark::DoNotOptimize(Models::load(options()));
  }
}
BENCHMARK(BM_ModelsLoad)->Unit(benchmark::kMillisecond);

void BM_ExtractDocument(benchmark::State& state) {
  std::unique_ptr<Models> models = Models::load(options());
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

// One pathological document of state.range(0) units; Complexity() reports the fitted order
// (linear is the goal, README "Bad input").
void extract_pathological(benchmark::State& state, const std::function<std::string(int)>& unit) {
  std::unique_ptr<Models> models = Models::load(options());
  Document d;
  d.source = "bench.txt";
  d.format = "txt";
  for (int i = 0; i < state.range(0); ++i) d.text += unit(i);
  for (auto _ : state) benchmark::DoNotOptimize(extract_document(d, *models));
  state.SetBytesProcessed(state.iterations() * d.text.size());
  state.SetComplexityN(state.range(0));
}

// A line of words without a sentence end (a page flattened into one line).
void BM_ExtractLongLine(benchmark::State& state) {
  extract_pathological(state, [](int i) {
    return i % 7 ? "a bomb exploded near the market " : "in Kabul killing 5 people ";
  });
}
BENCHMARK(BM_ExtractLongLine)
    ->RangeMultiplier(2)
    ->Range(4096, 32768)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_ExtractShortLines(benchmark::State& state) {
  extract_pathological(state, [](int i) { return i % 2 ? "bomb\n" : "Kabul\n"; });
}
BENCHMARK(BM_ExtractShortLines)
    ->RangeMultiplier(2)
    ->Range(25000, 200000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_ExtractDigits(benchmark::State& state) {
  extract_pathological(state, [](int) { return "7777777777"; });
}
BENCHMARK(BM_ExtractDigits)
    ->RangeMultiplier(2)
    ->Range(25000, 200000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

// Distinct Title Case lines, each a heading: quadratic today (mention_finder.cc looks each
// heading name up in the whole text).
void BM_ExtractDistinctHeadings(benchmark::State& state) {
  extract_pathological(state, [](int i) {
    std::string line = "Zed";
    for (int n = i; n > 0; n /= 26) line.push_back(static_cast<char>('a' + n % 26));
    return line + " Quorvath\n";
  });
}
BENCHMARK(BM_ExtractDistinctHeadings)
    ->RangeMultiplier(2)
    ->Range(2500, 20000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

// Real reports, when the development material is beside the project ($DOSSIER_SHARED,
// default ../shared): the five seed articles and the 81 wide-dev reports. Not shipped.
std::vector<Document> real_reports() {
  namespace fs = std::filesystem;
  const char* env = std::getenv("DOSSIER_SHARED");
  const fs::path shared = env ? fs::path(env) : fs::path(DOSSIER_SOURCE_DIR) / ".." / "shared";
  std::vector<Document> docs;
  if (fs::is_directory(shared / "corpus/seeds"))
    for (const auto& entry : fs::directory_iterator(shared / "corpus/seeds")) {
      std::ifstream in(entry.path(), std::ios::binary);
      Document d;
      d.source = entry.path().string();
      d.format = "txt";
      d.text.assign(std::istreambuf_iterator<char>(in), {});
      docs.push_back(std::move(d));
    }
  std::ifstream jsonl(shared / "eval/wide-dev/reports.jsonl");
  for (std::string line; std::getline(jsonl, line);) {
    const auto j = nlohmann::json::parse(line);
    Document d;
    d.source = j.value("id", "");
    d.format = "jsonl";
    d.text = j.value("text", "");
    if (j.contains("published") && j["published"].is_string()) d.published = j["published"];
    docs.push_back(std::move(d));
  }
  return docs;
}

void BM_ExtractRealReports(benchmark::State& state) {
  std::unique_ptr<Models> models = Models::load(options());
  const std::vector<Document> docs = real_reports();
  if (docs.empty()) {
    state.SkipWithError("no real reports: ../shared is absent");
    return;
  }
  long long bytes = 0;
  for (const Document& d : docs) bytes += static_cast<long long>(d.text.size());
  for (auto _ : state)
    for (const Document& d : docs) benchmark::DoNotOptimize(extract_document(d, *models));
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs.size()),
                                                benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ExtractRealReports)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
