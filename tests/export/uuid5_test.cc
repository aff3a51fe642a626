#include "dossier/export/uuid5.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Uuid5, MatchesTheRfcAlgorithm) {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  auto dns = parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  ASSERT_TRUE(dns);
  EXPECT_EQ(uuid5(*dns, "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_NE(uuid5(*dns, "python.org."), uuid5(*dns, "python.org"));
}

TEST(Uuid5, ParseRejectsMalformedText) {
  EXPECT_FALSE(parse_uuid(""));
  EXPECT_FALSE(parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c"));
  EXPECT_FALSE(parse_uuid("6ba7b810x9dad-11d1-80b4-00c04fd430c8"));
  EXPECT_FALSE(parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430cg"));
}

}  // namespace
}  // namespace dossier
