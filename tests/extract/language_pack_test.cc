#include "dossier/extract/language_pack.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "dossier/core/error.h"
#include "dossier/extract/site_kinds.h"

namespace dossier {
namespace {

// A pack folder of its own, removed after the test.
class LanguagePackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dossier_pack_" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::filesystem::path dir_;
};

std::vector<std::string> words(std::initializer_list<const char*> ws) {
  return {ws.begin(), ws.end()};
}

TEST_F(LanguagePackTest, TriggersMatchWordsAndStemsInFileOrder) {
  write("triggers.tsv",
        "# comment\nsuicide bomb*\tsuicide bombing\nbomb*\tbombing\nraid\traid\n\n"
        "open* fire\tshooting\n");
  write("police.txt", "police\n");
  const LanguagePack pack = LanguagePack::read(dir_, "xx");
  std::size_t len = 0;
  EXPECT_EQ(pack.trigger(words({"a", "suicide", "bomber"}), 1, &len), "suicide bombing");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(pack.trigger(words({"bombs", "fell"}), 0, &len), "bombing");
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(pack.trigger(words({"they", "opened", "fire"}), 1, &len), "shooting");
  EXPECT_EQ(pack.trigger(words({"opened", "doors"}), 0, &len), "");
  EXPECT_EQ(len, 0u);
  EXPECT_EQ(pack.trigger(words({"a", "raid", "on", "a", "village"}), 1, &len), "raid");
  EXPECT_EQ(pack.trigger(words({"a", "police", "raid"}), 2, &len), "");  // an operation
}

TEST_F(LanguagePackTest, ListsSiteKindsAndOriginCues) {
  write("aftermath.txt", "funeral\nприговор*\n");
  write("site_kinds.tsv", "hotel\thotel\nметро*\tmetro\n");
  write("origin_cues.tsv", "in\tborn raised\n");
  write("notes.md", "not a list\n");
  const LanguagePack pack = LanguagePack::read(dir_, "xx");
  EXPECT_EQ(pack.code(), "xx");
  EXPECT_TRUE(pack.list("aftermath").contains("funeral"));
  EXPECT_TRUE(pack.list("aftermath").contains("приговора"));
  EXPECT_FALSE(pack.list("aftermath").contains("funerals"));
  EXPECT_TRUE(pack.list("aftermath").any_of(words({"the", "funeral"})));
  EXPECT_TRUE(pack.list("notes").empty());
  EXPECT_TRUE(pack.list("none").empty());
  EXPECT_EQ(pack.site_kinds(words({"в", "метрополитене", "hotel"})), kSiteMetro | kSiteHotel);
  EXPECT_TRUE(pack.origin_cue("in", "born"));
  EXPECT_FALSE(pack.origin_cue("in", "killed"));
  EXPECT_FALSE(pack.origin_cue("of", "born"));
}

TEST_F(LanguagePackTest, AMalformedLineIsAnErrorNamingFileAndLine) {
  write("triggers.tsv", "# types\nbomb\tbombing\nshooting\n");
  try {
    LanguagePack::read(dir_, "xx");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("triggers.tsv:3:"), std::string::npos) << e.what();
  }
  write("triggers.tsv", "  \tbombing\n");
  EXPECT_THROW(LanguagePack::read(dir_, "xx"), Error);
  write("triggers.tsv", "bomb\tbombing\n");
  write("site_kinds.tsv", "castle\tcastle\n");
  EXPECT_THROW(LanguagePack::read(dir_, "xx"), Error);
}

TEST_F(LanguagePackTest, AMissingFolderIsAnEmptyPack) {
  const LanguagePack pack = LanguagePack::read(dir_ / "zz", "zz");
  std::size_t len = 0;
  EXPECT_EQ(pack.trigger(words({"bomb"}), 0, &len), "");
  EXPECT_EQ(pack.site_kinds(words({"hotel"})), 0u);
}

TEST(LanguagePacks, EnglishAndRussianShipWithTheirLists) {
  std::size_t len = 0;
  EXPECT_EQ(language_pack("en").trigger(words({"suicide", "bomber"}), 0, &len), "suicide bombing");
  EXPECT_EQ(language_pack("ru").trigger(words({"захват", "заложников"}), 0, &len),
            "hostage-taking");
  EXPECT_EQ(len, 2u);
  EXPECT_TRUE(language_pack("en").list("place_prepositions").contains("in"));
  EXPECT_TRUE(language_pack("ru").list("place_prepositions").contains("во"));
  EXPECT_TRUE(language_pack("ru").list("generic_context").empty());
}

}  // namespace
}  // namespace dossier
