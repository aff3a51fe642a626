#include "dossier/query/alias_lookup.h"

#include <gtest/gtest.h>

#include "../small_store.h"

namespace dossier {
namespace {

TEST(AliasLookup, OtherNamesSortedWithoutTheName) {
  test::SmallStore s;
  AliasLookup aliases(s.store());
  EXPECT_EQ(aliases.other_names(1, "Islamic State"), std::vector<std::string>{"IS"});
  EXPECT_EQ(aliases.other_names(1, "IS"), std::vector<std::string>{"Islamic State"});
  EXPECT_TRUE(aliases.other_names(2, "Brussels").empty());  // written twice, one form
  EXPECT_TRUE(aliases.other_names(3, "Charles Michel").empty());
  EXPECT_EQ(aliases.other_names(1, "Islamic State"), std::vector<std::string>{"IS"});  // again
}

}  // namespace
}  // namespace dossier
