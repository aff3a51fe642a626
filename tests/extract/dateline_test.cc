#include "dossier/extract/dateline.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Dateline, WireDatelineGivesPublicationDate) {
  EXPECT_EQ(find_dateline("Headline here\n\nKABUL, Aug. 27, 2021 \u2014 A blast struck the gate."),
            "2021-08-27");
  EXPECT_EQ(find_dateline("LAGOS (Reuters) 3 May 2019 - Gunmen attacked."), "2019-05-03");
  EXPECT_EQ(find_dateline("Published: 12 June 2020\nText."), "2020-06-12");
  EXPECT_EQ(find_dateline("BRIEF\n\nSaturday, March 30, 2024\n\nHeadline"), "2024-03-30");
  EXPECT_EQ(find_dateline("March 29, 2024\nHeadline"), "2024-03-29");
}

TEST(Dateline, DatesInTheStoryAreNotDatelines) {
  EXPECT_EQ(find_dateline("On 22 March 2016 two bombs exploded at the airport."), "");
  EXPECT_EQ(find_dateline("Brief: the cell after March 2016 - an analysis"), "");
  EXPECT_EQ(find_dateline("Four suspects in court, Mar 23, 2024\nText."), "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

bool dateline_place(std::string_view text, std::string_view name) {
  const auto at = static_cast<std::uint32_t>(text.find(name));
  return is_dateline_place(text, at, at + static_cast<std::uint32_t>(name.size()));
}

TEST(Dateline, TheNewsroomOpeningALineIsADatelinePlace) {
  EXPECT_TRUE(dateline_place("TASHKENT - Two people were killed.", "TASHKENT"));
  EXPECT_TRUE(dateline_place("Title\nLYON (AP) \u2014 A bomb exploded.", "LYON"));
  EXPECT_TRUE(dateline_place("Herat, Afghanistan \u2013 Gunmen attacked.", "Herat"));
  EXPECT_FALSE(dateline_place("A bomb exploded in Lyon - police said.", "Lyon"));
  EXPECT_FALSE(dateline_place("Lyon was quiet. A bomb exploded - police said.", "Lyon"));
  EXPECT_FALSE(dateline_place("Lyon saw three attacks in a year.", "Lyon"));
}

}  // namespace
}  // namespace dossier
