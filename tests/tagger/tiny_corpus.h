// A small invented corpus shared by the tagger tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dossier/tagger/tags.h"
#include "dossier/tagger/trainer.h"

namespace dossier::testing {

// "word/TAG word word/TAG ..." with TAG one of tag_name(); untagged words are O.
inline TrainingSentence parse_tagged(std::string_view text) {
  TrainingSentence s;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    const std::string_view item = text.substr(i, j - i);
    const std::size_t slash = item.rfind('/');
    std::uint8_t tag = kTagO;
    std::string_view word = item;
    if (slash != std::string_view::npos && slash > 0) {
      if (auto parsed = parse_tag(item.substr(slash + 1))) {
        tag = *parsed;
        word = item.substr(0, slash);
      }
    }
    s.words.emplace_back(word);
    s.tags.push_back(tag);
    s.lex.push_back(0);
    i = j + 1;
  }
  return s;
}

inline std::vector<TrainingSentence> tiny_corpus() {
  const char* lines[] = {
      "Commander Arvel/B-PER Tosk/I-PER visited Brenmoor/B-LOC on Monday .",
      "The Velmari/B-GRP villagers fled to Brenmoor/B-LOC after the raid .",
      "Militants of the Crimson/B-ORG Dawn/I-ORG Front/I-ORG attacked a convoy near Ostrava/B-LOC "
      ".",
      "Arvel/B-PER Tosk/I-PER said the Crimson/B-ORG Dawn/I-ORG Front/I-ORG would be defeated .",
      "Two Velmari/B-GRP farmers were killed in Ostrava/B-LOC .",
      "Police in Brenmoor/B-LOC arrested Dagny/B-PER Holt/I-PER .",
      "Dagny/B-PER Holt/I-PER denied links to the Crimson/B-ORG Dawn/I-ORG Front/I-ORG .",
      "The army said three soldiers died .",
  };
  std::vector<TrainingSentence> corpus;
  for (const char* line : lines) corpus.push_back(parse_tagged(line));
  return corpus;
}

}  // namespace dossier::testing
