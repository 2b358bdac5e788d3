// RowLines: the dues rows' lines kept beside the rows, as runs of consecutive lines or one a row, give back
// every row's line as a vector of lines would.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "kiemtra/dataset.hpp"

namespace {

using kiemtra::RowLines;

std::vector<std::uint32_t> read_back(const RowLines& r) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r(i));
  return out;
}

RowLines pushed(const std::vector<std::uint32_t>& lines) {
  RowLines r;
  for (const std::uint32_t l : lines) r.push_back(l);
  return r;
}

TEST(RowLines, AFileOfOneRecordALineIsOneRun) {
  std::vector<std::uint32_t> lines;
  for (std::uint32_t l = 2; l < 100002; ++l) lines.push_back(l);
  const RowLines r = pushed(lines);
  EXPECT_EQ(r.size(), lines.size());
  EXPECT_EQ(r.runs(), 1u);
  EXPECT_EQ(read_back(r), lines);
  EXPECT_EQ(r(lines.size()), 0u);  // past the end
  EXPECT_EQ(RowLines()(0), 0u);
}

TEST(RowLines, BlankLinesAndRecordsOverSeveralLinesStartRuns) {
  // Line 5 blank, the record at 7 spans 7-9, then a gap of a skipped record.
  const std::vector<std::uint32_t> lines{2, 3, 4, 6, 7, 10, 11, 20, 21, 22};
  const RowLines r = pushed(lines);
  EXPECT_EQ(r.runs(), 4u);
  EXPECT_EQ(read_back(r), lines);
  EXPECT_EQ(r.each(), lines);
}

TEST(RowLines, ChunksAppendedWithTheirLineBaseReadAsOneFile) {
  // Three chunks counted from their own start, as the parallel reader counts them: lines in a chunk start at 1.
  const std::vector<std::vector<std::uint32_t>> chunks{{2, 3, 4}, {1, 2, 4, 5}, {1, 2, 3}};
  const std::vector<std::uint32_t> bases{0, 4, 9};
  RowLines all;
  std::vector<std::uint32_t> expected;
  for (std::size_t k = 0; k < chunks.size(); ++k) {
    all.append(pushed(chunks[k]), bases[k]);
    for (const std::uint32_t l : chunks[k]) expected.push_back(l + bases[k]);
  }
  EXPECT_EQ(read_back(all), expected);
  // 2 3 4 | 5 6 . 8 9 | 10 11 12: a chunk continuing the one before does not start a run.
  EXPECT_EQ(all.runs(), 2u);
}

TEST(RowLines, RegroupedLinesAreKeptOneARowWhenRunsWouldTakeMoreRoom) {
  std::vector<std::uint32_t> shuffled;
  for (std::uint32_t l = 2; l < 5002; ++l) shuffled.push_back(l);
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
  RowLines r;
  r.assign(shuffled);
  EXPECT_EQ(r.runs(), 0u);
  EXPECT_EQ(read_back(r), shuffled);
  EXPECT_EQ(r.each(), shuffled);

  // Members' runs of twelve consecutive lines: few runs, kept as runs.
  std::vector<std::uint32_t> grouped;
  for (std::uint32_t m = 0; m < 400; ++m)
    for (std::uint32_t k = 0; k < 12; ++k) grouped.push_back(2 + ((m * 7919) % 400) * 12 + k);
  r.assign(grouped);
  EXPECT_GT(r.runs(), 0u);
  EXPECT_LE(r.runs(), 400u);
  EXPECT_EQ(read_back(r), grouped);

  // Appending to lines kept one a row keeps every line.
  RowLines more = pushed({3, 4, 5});
  std::vector<std::uint32_t> expected = shuffled;
  for (const std::uint32_t l : {3u, 4u, 5u}) expected.push_back(l + 6000);
  RowLines each;
  each.assign(shuffled);
  each.append(more, 6000);
  EXPECT_EQ(read_back(each), expected);
}

TEST(RowLines, RandomLinesReadBackWhateverTheirShape) {
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::uint32_t> lines;
    std::uint32_t l = 1;
    const int n = static_cast<int>(rng() % 3000);
    for (int i = 0; i < n; ++i) {
      l += (rng() % 10 == 0) ? 1 + rng() % 5 : 1;
      lines.push_back(l);
    }
    const RowLines r = pushed(lines);
    ASSERT_EQ(read_back(r), lines) << round;
    ASSERT_EQ(r.each(), lines) << round;  // walked run by run
    RowLines a;
    a.assign(lines);
    ASSERT_EQ(read_back(a), lines) << round;
  }
}

}  // namespace
