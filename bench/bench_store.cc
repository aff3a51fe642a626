// Store writes: Store::add_document for every sample document in one
// transaction, into a fresh database each iteration (open not timed).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "bench_text.h"
#include "dossier/store/store.h"
#include "dossier/store/transaction.h"

namespace dossier::bench {
namespace {

void BM_StoreAddDocuments(benchmark::State& state) {
  std::vector<Document> docs;
  int n = 0;
  for (const std::string& text : sample_documents()) {
    Document d;
    d.source = "bench/report_" + std::to_string(n++) + ".txt";
    d.format = "txt";
    d.text = text;
    docs.push_back(std::move(d));
  }
  std::filesystem::path path = std::filesystem::temp_directory_path() / "dossier_bench_store.db";
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    std::unique_ptr<Store> store = Store::open(path);
    state.ResumeTiming();
    Transaction batch(*store);
    for (const Document& d : docs) benchmark::DoNotOptimize(store->add_document(d, "en"));
    batch.commit();
    state.PauseTiming();
    store.reset();
    state.ResumeTiming();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_StoreAddDocuments)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
