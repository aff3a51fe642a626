#include "dossier/extract/site_kinds.h"

#include <gtest/gtest.h>

#include "dossier/extract/ru_words.h"

namespace dossier {
namespace {

std::vector<std::string> words(std::initializer_list<const char*> ws) {
  return {ws.begin(), ws.end()};
}

TEST(SiteKinds, EnglishNounsNameKindsOfSite) {
  EXPECT_EQ(english_site_kinds(words({"gunmen", "stormed", "the", "hotel"})), kSiteHotel);
  EXPECT_EQ(english_site_kinds(words({"a", "bomb", "on", "the", "subway"})), kSiteMetro);
  EXPECT_EQ(english_site_kinds(words({"metro", "and", "airport"})), kSiteMetro | kSiteAirport);
  EXPECT_EQ(english_site_kinds(words({"five", "people", "were", "killed"})), 0u);
  EXPECT_EQ(site_kind_names(kSiteMetro | kSiteHotel), "metro, hotel");
}

TEST(SiteKinds, RussianWordsInAnyCaseNameKindsOfSite) {
  EXPECT_EQ(ru::site_kinds(words({"взрыв", "в", "метро"})), kSiteMetro);
  EXPECT_EQ(ru::site_kinds(words({"в", "здании", "аэропорта"})), kSiteAirport);
  EXPECT_EQ(ru::site_kinds(words({"захват", "школы"})), kSiteSchool);
  EXPECT_EQ(ru::site_kinds(words({"приговор", "суда"})), kSiteCourt);
  EXPECT_EQ(ru::site_kinds(words({"судно", "затонуло"})), 0u);
}

}  // namespace
}  // namespace dossier
