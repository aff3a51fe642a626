// Checks the models shipped in data/ner/ and, when the shared corpora are present, that
// training on GMB still reaches the documented held-out quality.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "dossier/lexicon/gazetteer.h"
#include "dossier/tagger/ner_commands.h"
#include "dossier/tagger/tagger.h"
#include "tiny_corpus.h"

namespace dossier {
namespace {

const std::filesystem::path kSource = DOSSIER_SOURCE_DIR;

// Tags words as the pipeline does: with the shipped gazetteer's lexicon bits.
std::vector<std::string> tag_words(const Tagger& tagger, std::string_view text) {
  TrainingSentence s = testing::parse_tagged(text);
  static const auto gazetteer = [] { return Gazetteer::load(kSource / "data/lexicon"); }();
  std::string joined;
  std::vector<Token> spans;
  for (const auto& w : s.words) {
    if (!joined.empty()) joined += ' ';
    spans.push_back({static_cast<std::uint32_t>(joined.size()),
                     static_cast<std::uint32_t>(joined.size() + w.size())});
    joined += w;
  }
  s.lex.assign(s.words.size(), 0);
  for (const LexMatch& m : gazetteer->match(joined, spans)) {
    std::uint8_t bit =
        static_cast<std::uint8_t>(1u << static_cast<int>(gazetteer->entry(m.entry).type));
    for (auto i = m.first_token; i < m.end_token; ++i)
      s.lex[i] |= bit | (i == m.first_token ? kLexBegin : kLexInside);
  }
  const auto tags = tagger.tag(tagger_tokens(s));
  std::vector<std::string> names;
  for (auto t : tags) names.emplace_back(tag_name(t));
  return names;
}

TEST(ShippedModel, EnglishTagsAnInventedSentence) {
  const auto tagger = Tagger::load(kSource / "data/ner/en.model");
  ASSERT_TRUE(tagger);
  EXPECT_EQ(tag_words(*tagger,
                      "Tajik and Uzbek refugees crossed into Kyrgyzstan , the United "
                      "Nations said ."),
            (std::vector<std::string>{"B-GRP", "O", "B-GRP", "O", "O", "O", "B-LOC", "O", "O",
                                      "B-ORG", "I-ORG", "O", "O"}));
  EXPECT_EQ(tag_words(*tagger, "Police chief Ahmad Rahimi told reporters ."),
            (std::vector<std::string>{"O", "O", "B-PER", "I-PER", "O", "O", "O"}));
}

TEST(ShippedModel, RussianTagsAnInventedSentence) {
  const auto tagger = Tagger::load(kSource / "data/ner/ru.model");
  ASSERT_TRUE(tagger);
  EXPECT_EQ(tag_words(*tagger, "Об этом сообщил Иван Петров ."),
            (std::vector<std::string>{"O", "O", "O", "B-PER", "I-PER", "O"}));
}

TEST(ShippedModel, GmbTrainingReachesDocumentedQuality) {
  const auto corpus = kSource / "../shared/data/ner/gmb-en/gmb-en.conll";
  if (!std::filesystem::exists(kSource / "../shared")) GTEST_SKIP() << "no shared data";
  TrainNerArgs args;
  args.train_files = {corpus};
  args.format = "gmb-en";
  args.model_out = std::filesystem::temp_directory_path() / "dossier-gmb-test.model";
  args.holdout_every = 10;
  std::ostringstream out, err;
  ASSERT_EQ(run_train_ner(args, out, err), 0) << err.str();
  std::filesystem::remove(args.model_out);
  // The "ALL" row: precision, recall, F1 in percent.
  const std::string text = out.str();
  const auto at = text.find("\nALL");
  ASSERT_NE(at, std::string::npos) << text;
  std::istringstream row(text.substr(at + 4));
  double precision = 0, recall = 0, f1 = 0;
  row >> precision >> recall >> f1;
  EXPECT_GT(f1, 80.0) << text;
}

}  // namespace
}  // namespace dossier
