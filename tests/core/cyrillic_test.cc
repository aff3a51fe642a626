#include "dossier/core/cyrillic.h"

#include <gtest/gtest.h>

#include "dossier/core/unicode_case.h"

namespace dossier {
namespace {

TEST(Cyrillic, RomanisesAsNewsAgenciesDo) {
  EXPECT_EQ(cyrillic_to_latin("Хасавюрт"), "khasavyurt");
  EXPECT_EQ(cyrillic_to_latin("Щёлково"), "shchelkovo");
  EXPECT_EQ(cyrillic_to_latin("Тверь"), "tver");
  EXPECT_EQ(cyrillic_to_latin("Nalchik"), "nalchik");
}

TEST(Cyrillic, StemKeysMeetAcrossScriptsAndCases) {
  EXPECT_EQ(name_stem_key("Хасавюрте"), name_stem_key("Khasavyurt"));
  EXPECT_EQ(name_stem_key("Хасавюрта"), "khasavyurt");
  EXPECT_EQ(name_stem_key("Грозном"), name_stem_key("Grozny"));
  EXPECT_EQ(name_stem_key("Уфе"), "");  // too short to tell names apart
}

TEST(UnicodeCase, LowersEveryScript) {
  EXPECT_EQ(unicode_lower("Погибли ЁЖ"), "погибли ёж");
  EXPECT_EQ(unicode_lower("Kabul"), "kabul");
  EXPECT_TRUE(has_cyrillic("в Kabul-е"));
  EXPECT_FALSE(has_cyrillic("Kabul"));
}

}  // namespace
}  // namespace dossier
