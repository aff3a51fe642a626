#include <gtest/gtest.h>

#include <string>

#include "dossier/extract/number_finder.h"

namespace dossier {
namespace {

// "low-high qualifier" for each quantity, joined by "; ".
std::string show(std::string_view text) {
  std::string out;
  for (const Quantity& q : find_quantities(text, 0)) {
    if (!out.empty()) out += "; ";
    out += std::to_string(q.low);
    if (q.high != q.low) {
      out += '-';
      out += std::to_string(q.high);
    }
    out += ' ';
    out += to_string(q.qualifier);
    if (q.malformed) out += " malformed";
  }
  return out;
}

TEST(Quantities, Digits) {
  EXPECT_EQ(show("They found 290,000 leaflets."), "290000 exact");
  EXPECT_EQ(show("A crowd of 6200 waited."), "6200 exact");
  EXPECT_EQ(show("Some 1.5 million fled."), "1500000 about");
  EXPECT_EQ(show("It had 145 rooms."), "145 exact");
}

TEST(Quantities, Words) {
  EXPECT_EQ(show("two men"), "2 exact");
  EXPECT_EQ(show("twenty-five villagers"), "25 exact");
  EXPECT_EQ(show("two hundred and fifty thousand refugees"), "250000 exact");
  EXPECT_EQ(show("a hundred guests"), "100 exact");
  EXPECT_EQ(show("a dozen suspects"), "12 about");
  EXPECT_EQ(show("half a dozen cars"), "6 about");
  EXPECT_EQ(show("three million voters"), "3000000 exact");
}

TEST(Quantities, VaguePlurals) {
  EXPECT_EQ(show("Dozens of people fled."), "24 at_least");
  EXPECT_EQ(show("hundreds were hurt"), "200 at_least");
  EXPECT_EQ(show("scores of homes"), "40 at_least");
  EXPECT_EQ(show("tens of thousands marched"), "20000 at_least");
  EXPECT_EQ(show("hundreds of thousands of refugees"), "200000 at_least");
  EXPECT_EQ(show("several hundred protesters"), "200 at_least");
  EXPECT_EQ(show("The game scores were high."), "");
}

TEST(Quantities, Ranges) {
  EXPECT_EQ(show("between 290,000 and 460,000 people"), "290000-460000 range");
  EXPECT_EQ(show("4000-6000 fighters"), "4000-6000 range");
  EXPECT_EQ(show("4,000 to 6,000 fighters"), "4000-6000 range");
  EXPECT_EQ(show("from 40 to 145 dead"), "40-145 range");
  EXPECT_EQ(show("two or three attackers"), "2-3 range");
  EXPECT_EQ(show("between 1.5 and 2 million"), "1500000-2000000 range");
  EXPECT_EQ(show("4000 \u2013 6000 men"), "4000-6000 range");
}

TEST(Quantities, Qualifiers) {
  EXPECT_EQ(show("around 300"), "300 about");
  EXPECT_EQ(show("nearly 100"), "100 about");
  EXPECT_EQ(show("an estimated 2,500"), "2500 about");
  EXPECT_EQ(show("close to 70"), "70 about");
  EXPECT_EQ(show("at least 60"), "60 at_least");
  EXPECT_EQ(show("over 130"), "130 at_least");
  EXPECT_EQ(show("more than 100"), "100 at_least");
  EXPECT_EQ(show("no fewer than 12"), "12 at_least");
  EXPECT_EQ(show("in excess of 500"), "500 at_least");
  EXPECT_EQ(show("up to 100,000"), "100000 at_most");
  EXPECT_EQ(show("as many as 40"), "40 at_most");
  EXPECT_EQ(show("no more than 8"), "8 at_most");
  EXPECT_EQ(show("fewer than 20"), "20 at_most");
  EXPECT_EQ(show("50 or more"), "50 at_least");
  EXPECT_EQ(show("a 100-plus crowd"), "100 at_least");
  EXPECT_EQ(show("about a dozen"), "12 about");
}

TEST(Quantities, Malformed) {
  EXPECT_EQ(show("between 290,000 and 460,00 people"), "290000-46000 range malformed");
  EXPECT_EQ(show("1,0000 people"), "10000 exact malformed");
  EXPECT_EQ(show("12,34 people"), "1234 exact malformed");
}

TEST(Quantities, NotCounts) {
  EXPECT_EQ(show("in 2019 and 2020"), "");
  EXPECT_EQ(show("the 2017 bombing"), "");
  EXPECT_EQ(show("on 22 March 2024"), "");
  EXPECT_EQ(show("on March 22, 2024"), "");
  EXPECT_EQ(show("on 2024-03-22"), "");
  EXPECT_EQ(show("on 22.03.2024"), "");
  EXPECT_EQ(show("at 10:30"), "");
  EXPECT_EQ(show("at 10 p.m."), "");
  EXPECT_EQ(show("a 45% rise"), "");
  EXPECT_EQ(show("45 percent"), "");
  EXPECT_EQ(show("$5 million in aid"), "");
  EXPECT_EQ(show("5 million dollars"), "");
  EXPECT_EQ(show("the fifth term"), "");
  EXPECT_EQ(show("the 201st brigade"), "");
  EXPECT_EQ(show("the 224-seat plane"), "");
  EXPECT_EQ(show("a 15-year-old boy"), "");
  EXPECT_EQ(show("an AK-47 rifle"), "");
  EXPECT_EQ(show("Flight 9268 crashed"), "");
  EXPECT_EQ(show("a man aged 25"), "");
  EXPECT_EQ(show("in the 1980s"), "");
  EXPECT_EQ(show("the 9/11 attacks"), "");
  EXPECT_EQ(show("a 2.5 rating"), "");
  EXPECT_EQ(show("no one was hurt"), "");
}

TEST(Quantities, AgesAfterANameAreNotCounts) {
  EXPECT_EQ(show("Karimov, 34, a baker, was charged"), "");
  // Counts between commas that are not ages after a name.
  EXPECT_EQ(show("In Herat, 34 were hurt"), "34 exact");
  EXPECT_EQ(show("the victims, 12, were buried"), "12 exact");
  EXPECT_EQ(show("Kabul, 150, Herat, 20"), "150 exact; 20 exact");
  EXPECT_EQ(show("Karimov, at least 34, was"), "34 at_least");
}

TEST(Quantities, YearLikeCountsNeedCue) {
  EXPECT_EQ(show("about 2000 people"), "2000 about");
  EXPECT_EQ(show("2000 people marched"), "2000 exact");
  EXPECT_EQ(show("2,000 people marched"), "2000 exact");
}

TEST(Quantities, Offsets) {
  const std::string s = "Police said at least 60 people died.";
  auto qs = find_quantities(s, 100);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(s.substr(qs[0].start - 100, qs[0].end - qs[0].start), "at least 60");
}

TEST(Qualifier, Names) {
  EXPECT_EQ(to_string(Qualifier::kExact), "exact");
  EXPECT_EQ(to_string(Qualifier::kAbout), "about");
  EXPECT_EQ(to_string(Qualifier::kAtLeast), "at_least");
  EXPECT_EQ(to_string(Qualifier::kAtMost), "at_most");
  EXPECT_EQ(to_string(Qualifier::kRange), "range");
}

TEST(WordTokens, SplitsWordsNumbersAndJoins) {
  WordTokens t("U.S. forces’ 290,000 twenty-five Russia’s 10:30 22nd.");
  ASSERT_EQ(t.size(), 12u);
  EXPECT_EQ(t.text(0), "U.S.");
  EXPECT_EQ(t.lower(1), "forces");
  EXPECT_EQ(t[3].kind, WordKind::kNumber);
  EXPECT_TRUE(t.is_dash(5));
  EXPECT_TRUE(t.joined(5));
  EXPECT_TRUE(t.possessive(8));
  EXPECT_EQ(t[9].kind, WordKind::kMixed);
  EXPECT_EQ(t.text(10), "22nd");
}

}  // namespace
}  // namespace dossier
