// Findings formatted in blocks on several threads come out whole and in order.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "report/finding_blocks.hpp"

namespace kiemtra::test {
namespace {

std::string numbers(std::size_t n, int jobs) {
  std::string out;
  core::format_in_blocks(
      n, jobs,
      [](std::size_t begin, std::size_t end, std::string& text) {
        for (std::size_t i = begin; i < end; ++i) text += std::to_string(i) + '\n';
      },
      [&](const std::string& text) { out += text; });
  return out;
}

TEST(FindingBlocks, EveryFindingOnceInOrderWhateverTheThreads) {
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{2047}, std::size_t{2048}, std::size_t{2049},
                              std::size_t{40000}, std::size_t{100003}}) {
    const std::string one = numbers(n, 1);
    std::string expected;
    for (std::size_t i = 0; i < n; ++i) expected += std::to_string(i) + '\n';
    EXPECT_EQ(one, expected) << n;
    EXPECT_EQ(numbers(n, 2), expected) << n;
    EXPECT_EQ(numbers(n, 5), expected) << n;
  }
}

TEST(FindingBlocks, AFailureWhileFormattingReachesTheCallerAndStopsTheWriting) {
  std::size_t written = 0;
  EXPECT_THROW(core::format_in_blocks(
                   200000, 2,
                   [](std::size_t begin, std::size_t, std::string& text) {
                     if (begin >= 100000) throw std::runtime_error("cannot format");
                     text += 'x';
                   },
                   [&](const std::string& text) { written += text.size(); }),
               std::runtime_error);
  EXPECT_LT(written, 200000u / 2048);
}

TEST(FindingBlocks, AFailedWriteReachesTheCallerWhileTheNextRoundIsFormatted) {
  int writes = 0;
  EXPECT_THROW(core::format_in_blocks(
                   200000, 2, [](std::size_t, std::size_t, std::string& text) { text += 'x'; },
                   [&](const std::string&) {
                     if (++writes == 3) throw std::runtime_error("disk full");
                   }),
               std::runtime_error);
  EXPECT_EQ(writes, 3);
}

}  // namespace
}  // namespace kiemtra::test
