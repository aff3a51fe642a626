#include "dossier/learn/chooser.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>

#include "../error_message.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

Candidate cand(std::vector<std::string> features, bool right = false) {
  return Candidate{std::move(features), right};
}

// Groups where the candidate with "near" is right, whatever else it has.
std::vector<CandidateGroup> near_wins() {
  std::vector<CandidateGroup> groups;
  for (int i = 0; i < 20; ++i) {
    const bool near_first = i % 2 == 0;
    CandidateGroup g;
    g.push_back(cand({near_first ? "near" : "far", "common"}, near_first));
    g.push_back(cand({near_first ? "far" : "near", "common", "noise" + std::to_string(i % 3)},
                     !near_first));
    groups.push_back(std::move(g));
  }
  return groups;
}

TEST(Chooser, LearnsTheFeatureThatDecides) {
  const Chooser model = Chooser::train(near_wins(), TrainOptions{});
  EXPECT_GT(model.score({"near"}), model.score({"far"}));
  CandidateGroup fresh{cand({"far"}), cand({"unseen", "near"}), cand({"common"})};
  EXPECT_EQ(model.choose(fresh), 1);
}

TEST(Chooser, UnknownFeaturesWeighNothingAndEmptyGroupsChooseNone) {
  const Chooser model = Chooser::train(near_wins(), TrainOptions{});
  EXPECT_EQ(model.score({"never seen"}), 0.0);
  EXPECT_EQ(model.choose({}), -1);
  EXPECT_TRUE(Chooser().empty());
  EXPECT_FALSE(model.empty());
}

TEST(Chooser, GroupsWithoutARightCandidateTeachNothing) {
  std::vector<CandidateGroup> groups{{cand({"a"}), cand({"b"})}};
  EXPECT_TRUE(Chooser::train(groups, TrainOptions{}).empty());
}

TEST(Chooser, ProbabilitiesSumToOneAndFollowTheScores) {
  const Chooser model = Chooser::train(near_wins(), TrainOptions{});
  CandidateGroup g{cand({"far"}), cand({"near"}), cand({})};
  const std::vector<double> p = model.probabilities(g);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-9);
  EXPECT_GT(p[1], p[2]);
  EXPECT_GT(p[2], p[0]);
}

TEST(Chooser, ExplainOrdersByWeightAndSkipsUnknown) {
  const Chooser model = Chooser::train(near_wins(), TrainOptions{});
  const auto why = model.explain({"common", "unseen", "near", "far"});
  ASSERT_GE(why.size(), 2u);
  for (std::size_t i = 1; i < why.size(); ++i)
    EXPECT_GE(std::abs(why[i - 1].second), std::abs(why[i].second));
  for (const auto& [feature, weight] : why) EXPECT_NE(feature, "unseen");
}

TEST(Chooser, TrainingIsRepeatable) {
  const Chooser a = Chooser::train(near_wins(), TrainOptions{});
  const Chooser b = Chooser::train(near_wins(), TrainOptions{});
  for (const char* f : {"near", "far", "common", "noise0", "noise2"})
    EXPECT_EQ(a.score({f}), b.score({f})) << f;
}

class ModelFile : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dossier_chooser_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ModelFile, SaveThenLoadGivesTheSameScores) {
  const Chooser model = Chooser::train(near_wins(), TrainOptions{});
  model.save(dir_ / "m.model", "test model");
  std::ifstream in(dir_ / "m.model");
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "# test model");
  const Chooser back = Chooser::load(dir_ / "m.model");
  for (const char* f : {"near", "far", "common"})
    EXPECT_NEAR(back.score({f}), model.score({f}), 1e-5 * std::abs(model.score({f})) + 1e-9);
}

TEST_F(ModelFile, AMalformedLineNamesFileAndLine) {
  std::ofstream(dir_ / "bad.model") << "# header\nnear\t0.5\nfar 0.25\n";
  const std::string error = error_message([&] { Chooser::load(dir_ / "bad.model"); });
  EXPECT_NE(error.find("bad.model:3: expected feature<TAB>weight"), std::string::npos) << error;
  std::ofstream(dir_ / "nan.model") << "near\tnan\n";
  EXPECT_NE(error_message([&] { Chooser::load(dir_ / "nan.model"); }).find("nan.model:1"),
            std::string::npos);
  EXPECT_NE(error_message([&] { Chooser::load(dir_ / "missing.model"); }).find("cannot open"),
            std::string::npos);
}

}  // namespace
}  // namespace dossier
