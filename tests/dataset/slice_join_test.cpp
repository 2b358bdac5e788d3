// SliceJoin: rows written into per-chunk slices of one vector, closed up in file order.
#include "dataset/slice_join.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kiemtra::core::dataset {
namespace {

using Rows = kiemtra::Rows<int>;

TEST(SliceJoin, ChunksMoveDownOverTheRoomLeftUnused) {
  // Three slices of room 4; chunk 0 used 2, chunk 1 used 4, chunk 2 used 1 (-1 marks unused room).
  Rows rows{1, 2, -1, -1, 3, 4, 5, 6, 7, -1, -1, -1};
  SliceJoin<int> join(rows, {0, 4, 8});
  Rows none;
  EXPECT_EQ(join.place(0, 2, none), 0u);
  EXPECT_EQ(join.place(1, 4, none), 2u);
  EXPECT_EQ(join.place(2, 1, none), 6u);
  rows.resize(join.size());
  EXPECT_EQ(rows, (Rows{1, 2, 3, 4, 5, 6, 7}));
}

TEST(SliceJoin, OverflowThatFitsTheGapIsCopiedIntoIt) {
  Rows rows{1, -1, -1, -1, 4, 5, -1, -1};
  SliceJoin<int> join(rows, {0, 4});
  Rows more{2, 3};  // chunk 0 filled its room earlier in a longer read, say; here: 1 in the slice, 2 beyond
  EXPECT_EQ(join.place(0, 1, more), 0u);
  EXPECT_TRUE(more.empty());
  EXPECT_EQ(join.place(1, 2, more), 3u);
  rows.resize(join.size());
  EXPECT_EQ(rows, (Rows{1, 2, 3, 4, 5}));
}

TEST(SliceJoin, OverflowLargerThanTheGapShiftsTheChunksNotYetPlaced) {
  // Chunk 0 filled its 2 slots and had 3 more rows; chunks 1 and 2 must keep their rows and order.
  Rows rows{1, 2, 6, 7, -1, 8, -1, -1};
  rows.reserve(32);
  SliceJoin<int> join(rows, {0, 2, 5});
  Rows more{3, 4, 5};
  EXPECT_EQ(join.place(0, 2, more), 0u);
  Rows none;
  EXPECT_EQ(join.place(1, 2, none), 5u);
  Rows last{9, 10, 11, 12};  // the last chunk's overflow goes past the end of the slices
  EXPECT_EQ(join.place(2, 1, last), 7u);
  rows.resize(join.size());
  EXPECT_EQ(rows, (Rows{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
}

TEST(SliceJoin, AChunkReadAgainHasNoSliceRowsOnlyOverflow) {
  // Chunk 1 started inside a quoted field and was read again into its overflow vector: its slice is a gap.
  Rows rows{1, -1, -1, -1, -1, 7, -1};
  SliceJoin<int> join(rows, {0, 2, 5});
  Rows none, again{2, 3, 4, 5, 6};
  EXPECT_EQ(join.place(0, 1, none), 0u);
  EXPECT_EQ(join.place(1, 0, again), 1u);
  EXPECT_EQ(join.place(2, 1, none), 6u);
  rows.resize(join.size());
  EXPECT_EQ(rows, (Rows{1, 2, 3, 4, 5, 6, 7}));
}

}  // namespace
}  // namespace kiemtra::core::dataset
