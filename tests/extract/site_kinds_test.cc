#include "dossier/extract/site_kinds.h"

#include <gtest/gtest.h>

#include "dossier/extract/language_pack.h"

namespace dossier {
namespace {

std::vector<std::string> words(std::initializer_list<const char*> ws) {
  return {ws.begin(), ws.end()};
}

TEST(SiteKinds, EnglishNounsNameKindsOfSite) {
  EXPECT_EQ(language_pack("en").site_kinds(words({"gunmen", "stormed", "the", "hotel"})),
            kSiteHotel);
  EXPECT_EQ(language_pack("en").site_kinds(words({"a", "bomb", "on", "the", "subway"})),
            kSiteMetro);
  EXPECT_EQ(language_pack("en").site_kinds(words({"metro", "and", "airport"})),
            kSiteMetro | kSiteAirport);
  EXPECT_EQ(language_pack("en").site_kinds(words({"five", "people", "were", "killed"})), 0u);
  EXPECT_EQ(site_kind_names(kSiteMetro | kSiteHotel), "metro, hotel");
  EXPECT_EQ(site_kind_named("hotel"), kSiteHotel);
  EXPECT_EQ(site_kind_named("castle"), 0u);
}

TEST(SiteKinds, RussianWordsInAnyCaseNameKindsOfSite) {
  EXPECT_EQ(language_pack("ru").site_kinds(words({"взрыв", "в", "метро"})), kSiteMetro);
  EXPECT_EQ(language_pack("ru").site_kinds(words({"в", "здании", "аэропорта"})), kSiteAirport);
  EXPECT_EQ(language_pack("ru").site_kinds(words({"захват", "школы"})), kSiteSchool);
  EXPECT_EQ(language_pack("ru").site_kinds(words({"приговор", "суда"})), kSiteCourt);
  EXPECT_EQ(language_pack("ru").site_kinds(words({"судно", "затонуло"})), 0u);
}

}  // namespace
}  // namespace dossier
