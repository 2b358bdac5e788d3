// The text arena: every copy reads back as it was written, across its blocks, the steps in which a large
// table's blocks are mapped, texts with blocks of their own, and an arena adopted by another.
#include "dataset/arena.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace {

using kiemtra::TextView;
using kiemtra::core::dataset::Arena;

std::string text_of_size(std::size_t n, std::mt19937& rng) {
  std::string s(n, ' ');
  for (char& c : s) c = static_cast<char>('a' + rng() % 26);
  return s;
}

TEST(Arena, EveryCopyReadsBackWhateverItsSizeAndWhereverItFalls) {
  for (const bool large : {false, true}) {
    std::mt19937 rng(3);
    Arena arena;
    if (large) arena.expect_large();
    std::vector<std::string> texts;
    std::vector<TextView> views;
    // ~5 MB: short names, texts of tens of KB that cross the 128 KB mapping steps and the 1 MB blocks, and a
    // few over a quarter of a block, which get a block of their own.
    for (int i = 0; i < 20000; ++i) {
      const std::size_t n = i % 997 == 3 ? 300000 + rng() % 1000 : i % 50 == 7 ? 20000 + rng() % 40000 : rng() % 40;
      texts.push_back(text_of_size(n, rng));
      views.push_back(arena.copy(texts.back()));
    }
    for (std::size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(std::string_view(views[i]), texts[i]) << large << " " << i;
    EXPECT_GE(arena.capacity(), std::size_t{5} << 20);

    Arena whole;
    whole.copy("before");
    const std::size_t before = whole.capacity();
    whole.adopt(std::move(arena));
    EXPECT_GT(whole.capacity(), before);
    for (std::size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(std::string_view(views[i]), texts[i]) << large << " " << i;
    // The adopted arena starts afresh.
    EXPECT_EQ(std::string_view(arena.copy("after")), "after");  // NOLINT(bugprone-use-after-move): reset by adopt
  }
}

TEST(Arena, EmptyTextIsAnEmptyView) {
  Arena arena;
  EXPECT_TRUE(arena.copy("").empty());
  EXPECT_EQ(arena.capacity(), 0u);
}

}  // namespace
