#include "dossier/core/geo.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Geo, GreatCircleDistances) {
  EXPECT_DOUBLE_EQ(distance_km(50.85, 4.35, 50.85, 4.35), 0);
  // Kansas City to Independence, Missouri: about 14 km; to Independence, Kansas: about 230.
  EXPECT_NEAR(distance_km(39.0997, -94.5786, 39.0911, -94.4155), 14.1, 0.5);
  EXPECT_NEAR(distance_km(39.0997, -94.5786, 37.2242, -95.7083), 230, 10);
  // A quarter of the way round the Earth.
  EXPECT_NEAR(distance_km(0, 0, 0, 90), 10007.5, 1);
}

}  // namespace
}  // namespace dossier
