#include "dossier/tagger/conll.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../error_message.h"

namespace dossier {
namespace {

class ConllTest : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& content) {
    path_ = std::filesystem::temp_directory_path() /
            (std::string("conll-") +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".txt");
    std::ofstream(path_, std::ios::binary) << content;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::filesystem::path path_;
};

std::vector<std::uint8_t> tags(std::initializer_list<std::uint8_t> list) { return list; }

TEST_F(ConllTest, ReadsTabSeparatedBioWithMapping) {
  const auto path = write(
      "Rebels\tNNS\tO\nfrom\tIN\tO\nNorth\tNNP\tB-geo\nKivu\tNNP\tI-geo\nkilled\tVBD\tO\n"
      "Afghan\tJJ\tB-gpe\nsoldiers\tNNS\tO\non\tIN\tO\nMonday\tNNP\tB-tim\n\n"
      "John\tNNP\tB-per\nSmith\tNNP\tI-per\nleft\tVBD\tO\n");
  std::vector<TrainingSentence> out;
  read_conll(path, *find_tag_mapping("gmb-en"), &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].words[3], "Kivu");
  EXPECT_EQ(out[0].tags,
            tags({kTagO, kTagO, begin_tag(EntityType::kLocation), inside_tag(EntityType::kLocation),
                  kTagO, begin_tag(EntityType::kGroup), kTagO, kTagO, kTagO}));
  EXPECT_EQ(out[1].tags,
            tags({begin_tag(EntityType::kPerson), inside_tag(EntityType::kPerson), kTagO}));
  EXPECT_EQ(out[1].lex.size(), 3u);
}

TEST_F(ConllTest, ConvertsIob1SpaceSeparated) {
  // IOB1: I- starts an entity; B- only separates two touching ones. MISC is dropped.
  const auto path = write(
      "Пьер X B-X I-PER\nКюри X B-X I-PER\nМария X B-X B-PER\nв X B-X O\n"
      "Париже X B-X I-LOC\nФранция X B-X I-MISC\n");
  std::vector<TrainingSentence> out;
  read_conll(path, *find_tag_mapping("wikiner-ru"), &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].tags,
            tags({begin_tag(EntityType::kPerson), inside_tag(EntityType::kPerson),
                  begin_tag(EntityType::kPerson), kTagO, begin_tag(EntityType::kLocation), kTagO}));
}

TEST_F(ConllTest, WrongColumnCountReportsFileAndLine) {
  const auto path = write("Rebels\tNNS\tO\nattacked\tO\n");
  std::vector<TrainingSentence> out;
  std::string error = error_message([&] { read_conll(path, *find_tag_mapping("gmb-en"), &out); });
  EXPECT_EQ(error.rfind(path.string() + ":2: ", 0), 0u) << error;
  EXPECT_TRUE(out.empty());
}

TEST_F(ConllTest, UnknownTagReportsFileAndLine) {
  const auto path = write("a\tO\n\nb\tB-per\nc\tB-xyz\n");
  std::vector<TrainingSentence> out;
  std::string error = error_message([&] { read_conll(path, *find_tag_mapping("gmb-en"), &out); });
  EXPECT_EQ(error.rfind(path.string() + ":4: ", 0), 0u) << error;
  EXPECT_NE(error.find("xyz"), std::string::npos) << error;
  EXPECT_TRUE(out.empty());
}

TEST_F(ConllTest, MalformedTagAndSingleColumn) {
  std::vector<TrainingSentence> out;
  std::string error =
      error_message([&] { read_conll(write("a\tX-per\n"), *find_tag_mapping("gmb-en"), &out); });
  EXPECT_NE(error.find(":1: malformed tag"), std::string::npos) << error;
  error = error_message([&] { read_conll(write("lonely\n"), *find_tag_mapping("gmb-en"), &out); });
  EXPECT_NE(error.find(":1: "), std::string::npos) << error;
}

TEST_F(ConllTest, GroupTaggedCountryBecomesLocationByMajority) {
  // "Iraq" is tagged geo twice and gpe once: the gpe one becomes LOC. "Iraqi" stays GRP.
  const auto path = write(
      "in\tO\nIraq\tB-geo\n\nin\tO\nIraq\tB-geo\n\nIraq\tB-gpe\nsaid\tO\n\nIraqi\tB-gpe\n"
      "troops\tO\n");
  std::vector<TrainingSentence> out;
  read_conll(path, *find_tag_mapping("gmb-en"), &out);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[2].tags[0], begin_tag(EntityType::kLocation));
  EXPECT_EQ(out[3].tags[0], begin_tag(EntityType::kGroup));
}

TEST_F(ConllTest, MissingFileAndUnknownMapping) {
  std::vector<TrainingSentence> out;
  std::string error =
      error_message([&] { read_conll("/nonexistent/x.conll", *find_tag_mapping("bio"), &out); });
  EXPECT_NE(error.find("/nonexistent/x.conll"), std::string::npos);
  EXPECT_FALSE(find_tag_mapping("conll2003"));
}

}  // namespace
}  // namespace dossier
