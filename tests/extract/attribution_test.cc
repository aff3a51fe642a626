#include "dossier/extract/attribution.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier {
namespace {

std::string source(std::string_view sentence) {
  auto a = find_attribution(sentence, 0);
  return a ? a->source : "-";
}

std::string hedges(std::string_view sentence) {
  std::string out;
  for (const std::string& h : find_hedges(sentence)) out += (out.empty() ? "" : "|") + h;
  return out;
}

TEST(Attribution, AccordingTo) {
  EXPECT_EQ(source("According to the Health Ministry, 40 people died."), "the Health Ministry");
  EXPECT_EQ(source("Forty people died, according to local officials in Herat."), "local officials");
}

TEST(Attribution, SourceBeforeVerb) {
  EXPECT_EQ(source("The toll rose to 88, the Investigative Committee said."),
            "the Investigative Committee");
  EXPECT_EQ(source("Interior Minister Ana Ruiz confirmed the arrests."),
            "Interior Minister Ana Ruiz");
  EXPECT_EQ(source("State media reported that 12 were hurt."), "State media");
  EXPECT_EQ(source("A spokesman for the ministry said 5 died."), "A spokesman for the ministry");
  EXPECT_EQ(source("Police on Saturday said the suspect fled."), "Police");
  EXPECT_EQ(source("Reuters reports that the border is closed."), "Reuters");
  EXPECT_EQ(source("The group claims it acted alone."), "-");
  EXPECT_EQ(source("The group claims, without evidence, that it acted alone."), "The group");
  EXPECT_EQ(source("The army's press service announced the strike."), "The army's press service");
  EXPECT_EQ(source("Omar Farid told reporters the area was sealed."), "Omar Farid");
}

TEST(Attribution, InvertedAndCiting) {
  EXPECT_EQ(source("\"We will respond,\" said Lena Ortiz, the governor."), "Lena Ortiz");
  EXPECT_EQ(source("The agency, citing security sources, put the toll at 30."), "security sources");
}

TEST(Attribution, NotSources) {
  EXPECT_EQ(source("He said the gunmen fled."), "-");
  EXPECT_EQ(source("The group claimed responsibility for the blast."), "-");
  EXPECT_EQ(source("Six were reported killed."), "-");
  EXPECT_EQ(source("Local reports differ on the toll."), "-");
  EXPECT_EQ(source("Gunmen stormed the hall."), "-");
}

TEST(Attribution, Offsets) {
  const std::string s = "Six died, officials said.";
  auto a = find_attribution(s, 7);
  ASSERT_TRUE(a);
  EXPECT_EQ(s.substr(a->start - 7, a->end - a->start), "officials");
}

TEST(Hedges, Cues) {
  EXPECT_EQ(hedges("The attackers reportedly fled."), "reportedly");
  EXPECT_EQ(hedges("The man allegedly planted the bomb."), "allegedly");
  EXPECT_EQ(hedges("The toll is likely to rise."), "likely");
  EXPECT_EQ(hedges("He is believed to be in Syria."), "believed to be");
  EXPECT_EQ(hedges("She was reported to have fled."), "reported to");
  EXPECT_EQ(hedges("Unconfirmed reports say 10 died."), "unconfirmed");
  EXPECT_EQ(hedges("It was possibly a gas leak."), "possibly");
  EXPECT_EQ(hedges("Two suspected militants were held."), "suspected");
  EXPECT_EQ(hedges("A purported video surfaced; it purportedly shows him."),
            "purported|purportedly");
  EXPECT_EQ(hedges("It is thought that 5 died."), "it is thought");
  EXPECT_EQ(hedges("The gunmen may have escaped."), "may have");
  EXPECT_EQ(hedges("Police arrested three men."), "");
}

}  // namespace
}  // namespace dossier
