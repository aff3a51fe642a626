#include "dossier/tagger/features.h"

#include <gtest/gtest.h>

#include <set>

namespace dossier {
namespace {

TEST(Features, WordShapeCollapsesRuns) {
  EXPECT_EQ(word_shape("London"), "Xxx");
  EXPECT_EQ(word_shape("US"), "XX");
  EXPECT_EQ(word_shape("NATO"), "XX");
  EXPECT_EQ(word_shape("AK-47"), "XX-dd");
  EXPECT_EQ(word_shape("1990"), "dd");
  EXPECT_EQ(word_shape("al-Qaida"), "xx-Xxx");
  EXPECT_EQ(word_shape("U.S."), "X.X.");
  EXPECT_EQ(word_shape("Москва"), "Xxx");
  EXPECT_EQ(word_shape("Zürich"), "Xxx");
}

TEST(Features, LowercasesLatinAndCyrillic) {
  std::string out;
  append_lower("ÉTAT Москва ABC", &out);
  EXPECT_EQ(out, "état москва abc");
}

TEST(Features, FixedCountInRangeAndDeterministic) {
  const TaggerToken sentence[] = {{"Rebels", 0}, {"attacked", 0}, {"Kandahar", kLexLocation}};
  std::string scratch;
  std::vector<std::uint32_t> a, b;
  extract_features(sentence, 12, &scratch, &a);
  extract_features(sentence, 12, &scratch, &b);
  ASSERT_EQ(a.size(), 3u * kFeaturesPerToken);
  EXPECT_EQ(a, b);
  for (auto f : a) EXPECT_LT(f, 1u << 12);
}

TEST(Features, LexiconBitsChangeFeatures) {
  const TaggerToken plain[] = {{"Kandahar", 0}};
  const TaggerToken marked[] = {{"Kandahar", kLexLocation | kLexBegin}};
  std::string scratch;
  std::vector<std::uint32_t> a, b;
  extract_features(plain, 20, &scratch, &a);
  extract_features(marked, 20, &scratch, &b);
  EXPECT_NE(a, b);
}

TEST(Features, CaseChangesShapeButNotWordFeature) {
  const TaggerToken upper[] = {{"Kabul", 0}};
  const TaggerToken lower[] = {{"kabul", 0}};
  std::string scratch;
  std::vector<std::uint32_t> a, b;
  extract_features(upper, 20, &scratch, &a);
  extract_features(lower, 20, &scratch, &b);
  EXPECT_EQ(a[1], b[1]);  // lowercased word
  EXPECT_NE(a[2], b[2]);  // shape
}

}  // namespace
}  // namespace dossier
