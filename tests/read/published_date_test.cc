#include "dossier/read/published_date.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(DateTest, IsoDatesAndDateTimes) {
  EXPECT_EQ(normalize_date("2023-11-07"), "2023-11-07");
  EXPECT_EQ(normalize_date(" 2023-11-07T23:15:00+05:00 "), "2023-11-07");
  EXPECT_EQ(normalize_date("2023-11-07 08:00"), "2023-11-07");
  EXPECT_EQ(normalize_date("2023-11-07T08:00:00Z"), "2023-11-07");
  EXPECT_EQ(normalize_date("20231107"), "2023-11-07");
  EXPECT_EQ(normalize_date("2023/1/7"), "2023-01-07");
}

TEST(DateTest, EnglishMonthNames) {
  EXPECT_EQ(normalize_date("November 7, 2023"), "2023-11-07");
  EXPECT_EQ(normalize_date("7 Nov 2023"), "2023-11-07");
  EXPECT_EQ(normalize_date("Sept. 30, 2022"), "2022-09-30");
  EXPECT_EQ(normalize_date("Tue, 07 Nov 2023 10:00:00 GMT"), "2023-11-07");
}

TEST(DateTest, RejectsImpossibleAndUnknown) {
  EXPECT_EQ(normalize_date("2023-02-29"), "");
  EXPECT_EQ(normalize_date("2024-02-29"), "2024-02-29");
  EXPECT_EQ(normalize_date("2023-13-01"), "");
  EXPECT_EQ(normalize_date("yesterday"), "");
  EXPECT_EQ(normalize_date("2023-11"), "");
  EXPECT_EQ(normalize_date(""), "");
}

}  // namespace
}  // namespace dossier
