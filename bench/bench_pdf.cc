// PDF text extraction alone (Poppler and the layout behind read_bytes), in pages per second,
// on the PDFs of the directory $DOSSIER_BENCH_PDFS (bench/make_pdf_corpus.py writes them);
// without it the benchmark reports an error and runs nothing.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/read/reader.h"

namespace dossier::bench {
namespace {

// The bytes of every .pdf in $DOSSIER_BENCH_PDFS, in file-name order.
std::vector<std::string> corpus_pdfs() {
  std::vector<std::string> out;
  const char* dir = std::getenv("DOSSIER_BENCH_PDFS");
  if (dir == nullptr) return out;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".pdf") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    out.push_back(bytes.str());
  }
  return out;
}

void BM_PdfText(benchmark::State& state) {
  static const std::vector<std::string> pdfs = corpus_pdfs();
  if (pdfs.empty()) {
    state.SkipWithError("set DOSSIER_BENCH_PDFS to a directory of PDFs");
    return;
  }
  std::int64_t pages = 0, bytes = 0;
  for (auto _ : state)
    for (const std::string& pdf : pdfs) {
      const ReadResult r = read_bytes(pdf, "bench.pdf", "pdf", {});
      for (const Document& d : r.documents)
        pages += static_cast<std::int64_t>(d.page_starts.size());
      bytes += static_cast<std::int64_t>(pdf.size());
    }
  state.SetBytesProcessed(bytes);
  state.counters["pages/s"] =
      benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PdfText)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
