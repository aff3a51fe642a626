#include "dossier/store/figure_claims.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(SplitHedges, TheStoredListInOrder) {
  EXPECT_EQ(split_hedges("reportedly,allegedly"),
            (std::vector<std::string>{"reportedly", "allegedly"}));
  EXPECT_EQ(split_hedges("reportedly"), std::vector<std::string>{"reportedly"});
  EXPECT_TRUE(split_hedges("").empty());
}

}  // namespace
}  // namespace dossier
