// Tagging: Tagger::tag over every sentence, with lexicon bits set beforehand
// (as the mention finder does).
#include <benchmark/benchmark.h>

#include <memory>

#include "bench_text.h"
#include "dossier/core/data_dir.h"
#include "dossier/extract/lexicon_bits.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/segment/segmenter.h"
#include "dossier/tagger/tagger.h"

namespace dossier::bench {
namespace {

void BM_TaggerTag(benchmark::State& state) {
  std::unique_ptr<Tagger> tagger = Tagger::load(data_dir() / "ner/en.model");
  std::unique_ptr<Gazetteer> gazetteer = Gazetteer::load(data_dir() / "lexicon");
  std::vector<std::vector<TaggerToken>> sentences;
  for (const std::string& d : sample_documents()) {
    Segmentation seg = segment(d);
    for (const Sentence& s : seg.sentences) {
      std::span<const Token> spans(seg.tokens.data() + s.first_token, s.end_token - s.first_token);
      std::vector<TaggerToken> toks(spans.size());
      for (std::size_t i = 0; i < spans.size(); ++i)
        toks[i].text = std::string_view(d).substr(spans[i].start, spans[i].end - spans[i].start);
      set_lexicon_bits(*gazetteer, d, spans, toks);
      sentences.push_back(std::move(toks));
    }
  }
  for (auto _ : state)
    for (const auto& s : sentences) benchmark::DoNotOptimize(tagger->tag(s));
  state.SetBytesProcessed(state.iterations() * sample_bytes());
}
BENCHMARK(BM_TaggerTag)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier::bench
