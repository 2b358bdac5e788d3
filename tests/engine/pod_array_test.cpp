// PodArray, the findings store's growable array (engine/pod_array.hpp).
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "engine/pod_array.hpp"

namespace kiemtra::core {
namespace {

struct Pair {
  std::uint64_t a;
  std::uint32_t b;
};

TEST(PodArray, GrowsKeepingEveryValueAndCopiesMovesAndReleases) {
  PodArray<Pair> v;
  EXPECT_TRUE(v.empty());
  for (std::uint32_t i = 0; i < 100000; ++i) v.push_back({i * 3ull, i});
  ASSERT_EQ(v.size(), 100000u);
  // An element of the array pushed back while the array grows is copied before the move.
  while (v.size() < v.capacity()) v.push_back(v[0]);
  const std::size_t full = v.size();
  v.push_back(v[7]);
  EXPECT_EQ(v.back().a, 21u);
  EXPECT_EQ(v.back().b, 7u);
  EXPECT_GT(v.capacity(), full);
  for (std::uint32_t i = 0; i < 100000; ++i) ASSERT_EQ(v[i].b, i);

  std::vector<Pair> more = {{1, 2}, {3, 4}};
  v.append(more);
  EXPECT_EQ(v.back().a, 3u);
  PodArray<Pair> copy = v;
  EXPECT_EQ(copy.size(), v.size());
  EXPECT_NE(copy.data(), v.data());
  EXPECT_EQ(copy[99999].a, 99999u * 3);
  PodArray<Pair> moved = std::move(copy);
  EXPECT_EQ(moved.size(), v.size());
  EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from array is empty
  moved.release();
  EXPECT_EQ(moved.size(), 0u);
  EXPECT_EQ(moved.capacity(), 0u);
  moved.push_back({5, 6});
  EXPECT_EQ(moved[0].b, 6u);
}

}  // namespace
}  // namespace kiemtra::core
