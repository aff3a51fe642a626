#include "dossier/query/read_rows.h"

#include <gtest/gtest.h>

#include "../small_store.h"

namespace dossier {
namespace {

struct NamedId {
  std::int64_t id = 0;
  std::string name;
};

TEST(ReadRows, EachRowMadeInOrderWithTheArgumentsBound) {
  test::SmallStore s;
  auto entities = read_rows(
      s.store(), "SELECT id, name FROM entities WHERE id >= ? AND type <> ? ORDER BY id DESC",
      [](const Statement& q) {
        return NamedId{q.column_int(0), q.column_text(1)};
      },
      2, "person");
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].id, 2);
  EXPECT_EQ(entities[0].name, "Brussels");
  auto ids = read_rows(s.store(), "SELECT id FROM documents ORDER BY id",
                       [](const Statement& q) { return q.column_int(0); });
  EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 2}));
  EXPECT_TRUE(read_rows(
                  s.store(), "SELECT id FROM events WHERE id = ?",
                  [](const Statement& q) { return q.column_int(0); }, 9)
                  .empty());
}

TEST(ReadRows, ThrowsStoreErrorOnBadSql) {
  test::SmallStore s;
  EXPECT_THROW(
      read_rows(s.store(), "SELECT nothing FROM nowhere", [](const Statement&) { return 0; }),
      StoreError);
}

}  // namespace
}  // namespace dossier
