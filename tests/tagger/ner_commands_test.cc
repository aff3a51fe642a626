#include "dossier/tagger/ner_commands.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dossier/tagger/tagger.h"
#include "tiny_corpus.h"

namespace dossier {
namespace {

class CommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (std::string("tagger-commands-") +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    std::ofstream out(dir_ / "train.conll");
    for (int copy = 0; copy < 2; ++copy)
      for (const TrainingSentence& s : testing::tiny_corpus()) {
        for (std::size_t i = 0; i < s.words.size(); ++i)
          out << s.words[i] << '\t' << tag_name(s.tags[i]) << '\n';
        out << '\n';
      }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(CommandsTest, TrainSavesAModelAndScoresHeldOutSentences) {
  TrainNerArgs args;
  args.train_files = {dir_ / "train.conll"};
  args.format = "bio";
  args.model_out = dir_ / "m.model";
  args.hash_bits = 14;
  args.holdout_every = 4;
  std::ostringstream out, err;
  ASSERT_EQ(run_train_ner(args, out, err), 0) << err.str();
  EXPECT_NE(out.str().find("training on 12 sentences (4 held out)"), std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find("ALL"), std::string::npos);
  EXPECT_NO_THROW(Tagger::load(args.model_out));

  EvaluateNerArgs eval;
  eval.files = args.train_files;
  eval.format = "bio";
  eval.model = args.model_out;
  std::ostringstream eout, eerr;
  ASSERT_EQ(run_evaluate_ner(eval, eout, eerr), 0) << eerr.str();
  EXPECT_NE(eout.str().find("evaluated 16 sentences"), std::string::npos) << eout.str();
}

TEST_F(CommandsTest, AnnotatorSeesJoinedTextAndTokenViews) {
  TrainNerArgs args;
  args.train_files = {dir_ / "train.conll"};
  args.format = "bio";
  args.model_out = dir_ / "m.model";
  args.hash_bits = 12;
  args.epochs = 1;
  int calls = 0;
  bool views_ok = true;
  args.lexicon_annotator = [&](std::string_view text, std::vector<TaggerToken>& tokens) {
    ++calls;
    for (const TaggerToken& t : tokens) {
      const auto offset = static_cast<std::size_t>(t.text.data() - text.data());
      views_ok = views_ok && offset + t.text.size() <= text.size() &&
                 text.substr(offset, t.text.size()) == t.text;
    }
    if (text.starts_with("Commander")) tokens[0].lex = kLexPerson;
  };
  std::ostringstream out, err;
  ASSERT_EQ(run_train_ner(args, out, err), 0) << err.str();
  EXPECT_EQ(calls, 16);
  EXPECT_TRUE(views_ok);
}

TEST_F(CommandsTest, ErrorsGoToErrAndReturnOne) {
  TrainNerArgs args;
  args.train_files = {dir_ / "missing.conll"};
  args.format = "bio";
  args.model_out = dir_ / "m.model";
  std::ostringstream out, err;
  EXPECT_EQ(run_train_ner(args, out, err), 1);
  EXPECT_NE(err.str().find("missing.conll"), std::string::npos);
  args.train_files = {dir_ / "train.conll"};
  args.format = "nope";
  EXPECT_EQ(run_train_ner(args, out, err), 1);
  EvaluateNerArgs eval;
  eval.model = dir_ / "absent.model";
  eval.files = args.train_files;
  EXPECT_EQ(run_evaluate_ner(eval, out, err), 1);
}

}  // namespace
}  // namespace dossier
