// CodeIndex built in parts (one thread a part, as the reader builds a nation's member index) finds what the
// one-part build finds, and reports the same duplicates in the same row order.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "kiemtra/dataset.hpp"

namespace {

using kiemtra::CodeIndex;
using kiemtra::kNone;

using Duplicates = std::vector<std::pair<std::size_t, std::uint32_t>>;

/// Codes like an export's: mostly distinct, some repeated (later rows repeating earlier ones), one empty.
std::vector<std::string> codes(std::size_t n, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && random() % 20 == 0)
      out.push_back(out[random() % i]);
    else
      out.push_back("49" + std::to_string(random() % (n * 10)));
  }
  out[n / 2] = "";
  return out;
}

/// Runs every part on a thread of its own.
void on_threads(std::size_t parts, const auto& work) {
  std::vector<std::thread> threads;
  for (std::size_t p = 0; p < parts; ++p) threads.emplace_back([&work, p] { work(p); });
  for (std::thread& t : threads) t.join();
}

void expect_like_a_map(const std::vector<std::string>& keys, std::size_t parts) {
  const auto key = [&](std::size_t i) { return std::string_view(keys[i]); };
  CodeIndex index;
  Duplicates duplicates;
  index.build_in_parts(
      keys.size(), key, [&](std::size_t i, std::uint32_t first) { duplicates.emplace_back(i, first); }, parts,
      [](std::size_t n, const auto& work) { on_threads(n, work); });

  std::map<std::string, std::uint32_t> first;
  Duplicates expected;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto [it, added] = first.emplace(keys[i], static_cast<std::uint32_t>(i));
    if (!added) expected.emplace_back(i, it->second);
  }
  EXPECT_EQ(duplicates, expected) << parts << " parts";
  for (const auto& [code, row] : first) EXPECT_EQ(index.find(code, key), row) << code << ", " << parts << " parts";
  EXPECT_EQ(index.find("not-a-code", key), kNone);
  EXPECT_EQ(index.find("49", key), first.count("49") ? first["49"] : kNone);
}

TEST(CodeIndex, BuiltInPartsItFindsTheFirstRowOfEveryCodeAsOnePartDoes) {
  for (const std::size_t n : {1u, 7u, 100u, 5000u, 70000u})
    for (const std::size_t parts : {1u, 2u, 4u, 8u, 3u}) expect_like_a_map(codes(n, static_cast<unsigned>(n)), parts);
}

TEST(CodeIndex, RowsWhoseProbeRunsPastTheirPartAreStillFound) {
  // 20 codes take 64 slots, 16 a part in 4 parts. Three codes hash to slot 15, the last of part 0, and two to
  // slot 16, the first of part 1: the second and third of slot 15 run past their part, the table's last slot
  // alike, and are placed after the parts are done, among part 1's codes. Each code comes twice.
  std::vector<std::string> home15, home16, home63, others;
  for (int i = 0; home15.size() < 3 || home16.size() < 2 || home63.size() < 2 || others.size() < 3; ++i) {
    std::string code = "m" + std::to_string(i);
    const std::size_t home = CodeIndex::hash(code) & 63;
    auto& group = home == 15 ? home15 : home == 16 ? home16 : home == 63 ? home63 : others;
    if (group.size() < (&group == &home15 ? 3u : &group == &others ? 3u : 2u)) group.push_back(std::move(code));
  }
  std::vector<std::string> keys;
  for (const auto* group : {&home16, &home15, &home63, &others})
    for (const std::string& code : *group) keys.push_back(code);
  for (std::size_t k = 0; k < 10; ++k) keys.push_back(keys[k]);
  ASSERT_EQ(keys.size(), 20u);
  for (const std::size_t parts : {1u, 2u, 4u}) expect_like_a_map(keys, parts);
}

TEST(CodeIndex, TheOnePartBuildReportsDuplicatesInRowOrder) {
  const std::vector<std::string> keys = {"a", "b", "a", "c", "b", "a"};
  const auto key = [&](std::size_t i) { return std::string_view(keys[i]); };
  CodeIndex index;
  Duplicates duplicates;
  index.build(keys.size(), key, [&](std::size_t i, std::uint32_t first) { duplicates.emplace_back(i, first); });
  EXPECT_EQ(duplicates, (Duplicates{{2, 0}, {4, 1}, {5, 0}}));
  EXPECT_EQ(index.find("c", key), 3u);
}

}  // namespace
