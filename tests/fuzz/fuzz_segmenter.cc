// segment() on arbitrary valid UTF-8: sentences partition the tokens in order, each with
// at least one and at most kMaxSentenceTokens tokens.
#include "dossier/segment/segmenter.h"
#include "fuzz_check.h"

using dossier::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = dossier::fuzz::text_of(data, size);
  const dossier::Segmentation seg = dossier::segment(text);
  std::uint32_t next = 0;
  for (const dossier::Sentence& s : seg.sentences) {
    check(s.first_token == next, "sentences follow each other");
    check(s.first_token < s.end_token, "sentences have tokens");
    check(s.end_token - s.first_token <= dossier::kMaxSentenceTokens, "sentences are bounded");
    check(s.end_token <= seg.tokens.size(), "sentences name tokens");
    check(s.start == seg.tokens[s.first_token].start, "a sentence starts at its first token");
    check(s.end == seg.tokens[s.end_token - 1].end, "a sentence ends at its last token");
    next = s.end_token;
  }
  check(next == seg.tokens.size(), "every token is in a sentence");
  return 0;
}
