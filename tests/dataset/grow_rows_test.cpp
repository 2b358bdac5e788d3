// A table's rows grown for the parse workers are left as they are; every other growth value-initializes.
#include "dataset/grow_rows.hpp"

#include <gtest/gtest.h>

namespace kiemtra::core::dataset {
namespace {

TEST(GrowRows, TheReadersGrowthLeavesRowsUnwrittenAndEveryOtherValueInitializes) {
  Rows<Payment> rows;
  rows.reserve(8);
  Payment marked;
  marked.amount = 777;
  rows.assign(8, marked);
  rows.clear();  // the bytes stay in the capacity: a row's destruction writes nothing
  grow_rows_uninitialized(rows, 4);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].amount, 777);  // not written over: the workers write each row themselves
  EXPECT_EQ(rows[3].amount, 777);
  rows.resize(8);  // the flag is down again: the rest are default rows
  EXPECT_EQ(rows[4].amount, Payment{}.amount);
  EXPECT_EQ(rows[7].amount, Payment{}.amount);
  EXPECT_FALSE(detail::rows_left_uninitialized());
  Rows<Member> members(2);  // a plain vector's rows, as plugins and tests make them
  EXPECT_EQ(members[1].org, Member{}.org);
}

}  // namespace
}  // namespace kiemtra::core::dataset
