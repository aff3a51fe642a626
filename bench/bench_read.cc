// Readers on pathological pages: time must grow linearly with the page (see
// read/html_limits.h; the issue that asked for this measured 23 s for 100,000 nested
// <div>s before the bound). Complexity() reports the fitted order.
#include <benchmark/benchmark.h>

#include <string>

#include "dossier/read/reader.h"

namespace dossier::bench {
namespace {

std::string repeat(std::string_view s, std::int64_t n) {
  std::string out;
  for (std::int64_t i = 0; i < n; ++i) out += s;
  return out;
}

void read_html_page(benchmark::State& state, const std::string& page) {
  for (auto _ : state) benchmark::DoNotOptimize(read_bytes(page, "bench.html", "html", {}));
  state.SetBytesProcessed(state.iterations() * page.size());
  state.SetComplexityN(state.range(0));
}

void BM_HtmlNestedDivs(benchmark::State& state) {
  read_html_page(state, "<body>" + repeat("<div>", state.range(0)) + "text");
}
BENCHMARK(BM_HtmlNestedDivs)
    ->RangeMultiplier(2)
    ->Range(25000, 200000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_HtmlNestedLists(benchmark::State& state) {
  read_html_page(state, "<body>" + repeat("<ul><li><blockquote><b>", state.range(0)) + "text");
}
BENCHMARK(BM_HtmlNestedLists)
    ->RangeMultiplier(2)
    ->Range(25000, 200000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_HtmlManyAttributes(benchmark::State& state) {
  std::string tag = "<body><div";
  for (std::int64_t i = 0; i < state.range(0); ++i) tag += " a" + std::to_string(i) + "=x";
  read_html_page(state, tag + ">text</div>");
}
BENCHMARK(BM_HtmlManyAttributes)
    ->RangeMultiplier(2)
    ->Range(25000, 200000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

void BM_TxtLongLine(benchmark::State& state) {
  const std::string text = repeat("a bomb exploded in Kabul ", state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(read_bytes(text, "bench.txt", "txt", {}));
  state.SetBytesProcessed(state.iterations() * text.size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_TxtLongLine)
    ->RangeMultiplier(4)
    ->Range(1 << 16, 1 << 20)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
