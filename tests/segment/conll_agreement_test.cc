// Agreement with the CoNLL news tokenization the NER tagger is trained on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dossier/segment/segmenter.h"

namespace dossier {
namespace {

// Sentences of a word<TAB>...-per-line CoNLL file, each as its list of words.
std::vector<std::vector<std::string>> read_conll(const std::filesystem::path& path) {
  std::vector<std::vector<std::string>> sentences(1);
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    sentences.back().push_back(line.substr(0, line.find('\t')));
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

TEST(ConllAgreementTest, SpaceJoinedSentencesTokenizeAndSplitAsAnnotated) {
  const std::filesystem::path shared = DOSSIER_SOURCE_DIR "/../shared";
  const std::filesystem::path conll = shared / "data/ner/gmb-en/gmb-en.conll";
  if (!std::filesystem::exists(conll)) GTEST_SKIP() << "no " << conll;
  const auto sentences = read_conll(conll);
  ASSERT_GT(sentences.size(), 1000u);

  std::size_t same_tokens = 0, one_sentence = 0;
  for (const auto& words : sentences) {
    std::string text;
    for (const std::string& w : words) text += (text.empty() ? "" : " ") + w;
    const Segmentation seg = segment(text);
    bool same = seg.tokens.size() == words.size();
    for (std::size_t i = 0; same && i < words.size(); ++i) {
      same =
          text.compare(seg.tokens[i].start, seg.tokens[i].end - seg.tokens[i].start, words[i]) == 0;
    }
    same_tokens += same;
    one_sentence += seg.sentences.size() == 1;
  }
  // Remaining differences: number ranges ("6-0") split on purpose, "~" joins, typos.
  EXPECT_GT(same_tokens, sentences.size() * 99 / 100);
  EXPECT_GT(one_sentence, sentences.size() * 98 / 100);
}

}  // namespace
}  // namespace dossier
