#include "dossier/tagger/trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "../error_message.h"
#include "tiny_corpus.h"

namespace dossier {
namespace {

using testing::parse_tagged;
using testing::tiny_corpus;

TrainOptions small_options() {
  TrainOptions options;
  options.epochs = 10;
  options.hash_bits = 14;
  return options;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
          ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

TEST(Trainer, LearnsTheTrainingSentences) {
  const auto corpus = tiny_corpus();
  const auto tagger = train(corpus, small_options(), nullptr);
  ASSERT_TRUE(tagger);
  for (const TrainingSentence& s : corpus) {
    const auto tokens = tagger_tokens(s);
    EXPECT_EQ(tagger->tag(tokens), s.tags) << s.words[0] << " " << s.words[1];
  }
}

TEST(Trainer, GeneralizesToAnUnseenCombination) {
  const auto tagger = train(tiny_corpus(), small_options(), nullptr);
  const auto s = parse_tagged("Dagny/B-PER Holt/I-PER visited Ostrava/B-LOC on Monday .");
  EXPECT_EQ(tagger->tag(tagger_tokens(s)), s.tags);
}

TEST(Trainer, SameDataAndSeedGiveIdenticalBytes) {
  const auto corpus = tiny_corpus();
  const auto a = temp_path("a.model"), b = temp_path("b.model"), c = temp_path("c.model");
  train(corpus, small_options(), nullptr)->save(a);
  train(corpus, small_options(), nullptr)->save(b);
  TrainOptions other = small_options();
  other.seed = 7;
  train(corpus, other, nullptr)->save(c);
  EXPECT_EQ(read_bytes(a), read_bytes(b));
  EXPECT_NE(read_bytes(a), read_bytes(c));
  std::filesystem::remove(a);
  std::filesystem::remove(b);
  std::filesystem::remove(c);
}

TEST(Trainer, SaveLoadRoundTrip) {
  const auto corpus = tiny_corpus();
  const auto tagger = train(corpus, small_options(), nullptr);
  const auto path = temp_path("round.model");
  tagger->save(path);
  const auto loaded = Tagger::load(path);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->weights().hash_bits, 14);
  EXPECT_EQ(loaded->weights().emission, tagger->weights().emission);
  EXPECT_EQ(loaded->weights().transitions.second, tagger->weights().transitions.second);
  for (const TrainingSentence& s : corpus)
    EXPECT_EQ(loaded->tag(tagger_tokens(s)), tagger->tag(tagger_tokens(s)));
  std::filesystem::remove(path);
}

TEST(Trainer, LoadRejectsTruncatedAndForeignFiles) {
  const auto path = temp_path("bad.model");
  train(tiny_corpus(), small_options(), nullptr)->save(path);
  std::string bytes = read_bytes(path);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() - 10));
  }
  std::string error = error_message([&] { Tagger::load(path); });
  EXPECT_NE(error.find("size"), std::string::npos) << error;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << "hello, this is not a model at all";
  }
  error = error_message([&] { Tagger::load(path); });
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  std::filesystem::remove(path);
  EXPECT_THROW(Tagger::load(path), Error);
}

TEST(Trainer, UsesLexiconBits) {
  // The same unknown word is a place when the lexicon says so and a person otherwise.
  std::vector<TrainingSentence> corpus;
  for (int i = 0; i < 4; ++i) {
    auto place = parse_tagged("They went to Zorvan/B-LOC .");
    place.lex[3] = kLexLocation | kLexBegin;
    auto person = parse_tagged("They went to Zorvan/B-PER .");
    person.lex[3] = kLexPerson | kLexBegin;
    corpus.push_back(place);
    corpus.push_back(person);
  }
  const auto tagger = train(corpus, small_options(), nullptr);
  auto probe = parse_tagged("They went to Quillon .");
  probe.lex[3] = kLexLocation | kLexBegin;
  EXPECT_EQ(tagger->tag(tagger_tokens(probe))[3], begin_tag(EntityType::kLocation));
  probe.lex[3] = kLexPerson | kLexBegin;
  EXPECT_EQ(tagger->tag(tagger_tokens(probe))[3], begin_tag(EntityType::kPerson));
}

}  // namespace
}  // namespace dossier
