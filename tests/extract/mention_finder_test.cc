// Mention finding with the shipped lexicon and tagger: the span rules that keep
// headings, lowercase words and regional adjectives out of names.
#include "dossier/extract/mention_finder.h"

#include <gtest/gtest.h>

#include <set>

#include "dossier/extract/headings.h"
#include "dossier/segment/segmenter.h"

namespace dossier {
namespace {

class MentionFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::filesystem::path data = std::filesystem::path(DOSSIER_SOURCE_DIR) / "data";
    gazetteer = Gazetteer::load(data / "lexicon").release();
    ASSERT_NE(gazetteer, nullptr);
    tagger = Tagger::load(data / "ner/en.model").release();
    ASSERT_NE(tagger, nullptr);
  }
  // The mentions' texts, in order.
  std::vector<std::string> names(const std::string& text) {
    NameRules rules;
    MentionFinder finder(*gazetteer, tagger, rules);
    std::vector<std::string> out;
    for (const Mention& m : finder.find(text, segment(text)).mentions)
      out.push_back(text.substr(m.start, m.end - m.start));
    return out;
  }
  // Each mention as "text=type" or "text=type:lexicon key".
  std::vector<std::string> typed(const std::string& text) {
    NameRules rules;
    MentionFinder finder(*gazetteer, tagger, rules);
    std::vector<std::string> out;
    for (const Mention& m : finder.find(text, segment(text)).mentions)
      out.push_back(
          text.substr(m.start, m.end - m.start) + "=" + std::string(to_string(m.type)) +
          (m.entry >= 0 ? ":" + gazetteer->entry(static_cast<std::uint32_t>(m.entry)).key : ""));
    return out;
  }
  static bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }
  static Gazetteer* gazetteer;
  static Tagger* tagger;
};
Gazetteer* MentionFinderTest::gazetteer = nullptr;
Tagger* MentionFinderTest::tagger = nullptr;

TEST(Headings, TitleCaseLinesWithoutClosingPunctuation) {
  EXPECT_TRUE(is_heading("The Tajikistan Angle"));
  EXPECT_TRUE(is_heading("After Attack in Russia, Focus Turns to ISKP in Afghanistan"));
  EXPECT_TRUE(is_heading("  Gunmen Storm Concert Hall Near Moscow\n"));
  EXPECT_FALSE(is_heading("Gunmen stormed a concert hall near Moscow."));
  EXPECT_FALSE(is_heading("Gunmen stormed a concert hall near Moscow"));  // mostly lowercase
  EXPECT_FALSE(is_heading("Vladimir Putin Spoke On Friday."));            // ends a sentence
  EXPECT_FALSE(is_heading("Kabul"));                                      // one word
  EXPECT_FALSE(is_heading(""));
}

TEST_F(MentionFinderTest, HeadingWordsAreNoNamesUnlessTheTextRepeatsThem) {
  const std::string text =
      "Investigation Reveals Smuggling Route\n"
      "Police in Kabul arrested four men on Monday.\n";
  auto found = names(text);
  EXPECT_FALSE(has(found, "Investigation Reveals")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "Investigation Reveals Smuggling Route"));
  EXPECT_TRUE(has(found, "Kabul"));
}

TEST_F(MentionFinderTest, LexiconNamesInAHeadingStand) {
  const std::string text =
      "The Tajikistan Angle\n"
      "Officials in Dushanbe declined to comment on the arrests.\n";
  auto found = names(text);
  EXPECT_TRUE(has(found, "Tajikistan")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "Tajikistan Angle"));
}

TEST_F(MentionFinderTest, RegionalAdjectivesAreNoGroups) {
  const std::string text =
      "Recruiters target Central Asian migrants and African students, while "
      "Uzbek and South African officials met in Tashkent.";
  auto found = names(text);
  EXPECT_FALSE(has(found, "Asian")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "Central"));
  EXPECT_FALSE(has(found, "African"));
  EXPECT_TRUE(has(found, "Uzbek"));
  EXPECT_TRUE(has(found, "South African"));
  EXPECT_TRUE(has(found, "Tashkent"));
}

TEST_F(MentionFinderTest, SentenceOpenerWrittenInLowercaseElsewhereIsNoName) {
  const std::string text =
      "Xenophobia has become the norm in Moscow. Analysts say xenophobia feeds recruitment.";
  auto found = names(text);
  EXPECT_FALSE(has(found, "Xenophobia")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, "Moscow"));
}

TEST_F(MentionFinderTest, LocalNewsNames) {
  // A street is a place, never a person; a police force is an organization.
  auto found = typed("Officers found Marcus Hill on Hamilton Church Road near Ivy Street.");
  EXPECT_TRUE(has(found, "Hamilton Church Road=location")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, "Ivy Street=location")) << ::testing::PrintToString(found);
  found = typed("Jackson Police said the victim was taken to a hospital.");
  EXPECT_TRUE(has(found, "Jackson Police=organization")) << ::testing::PrintToString(found);
  // A generic word alone names nothing.
  for (const char* text : {"Road crews closed the lane.", "Department officials declined.",
                           "Office staff heard shots.", "Police Department spokesmen spoke."}) {
    for (const std::string& m : names(text))
      EXPECT_TRUE(m != "Road" && m != "Department" && m != "Office" && m != "Police Department")
          << text << ": " << m;
  }
}

TEST_F(MentionFinderTest, AStateAbbreviationIsItsState) {
  auto found = typed("TALLAHASSEE, Fla. (AP) - A man was shot near Dothan, Ala., police said.");
  EXPECT_TRUE(has(found, "Fla=location:us-fl") || has(found, "Fla.=location:us-fl"))
      << ::testing::PrintToString(found);
  found = typed("The shooting happened in Marietta, GA on Sunday.");
  EXPECT_TRUE(has(found, "GA=location:us-ga")) << ::testing::PrintToString(found);
}

}  // namespace
}  // namespace dossier
