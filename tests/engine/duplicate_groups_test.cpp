// The duplicate-group search the rules share (plugins/shared/duplicate_groups.hpp): groups by the real key,
// whatever the hash does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "shared/duplicate_groups.hpp"

namespace kiemtra::test {
namespace {

using Groups = std::vector<std::vector<std::uint32_t>>;

Groups groups_of(const std::vector<std::string>& keys, std::uint64_t (*hash)(const std::string&)) {
  Groups out;
  plugins::GroupScratch scratch{{1, 2, 3}, {4, 5}};  // left over from an earlier call: cleared, not trusted
  plugins::for_each_duplicate_group(
      static_cast<std::uint32_t>(keys.size()), [&](std::uint32_t r) { return !keys[r].empty(); },
      [&](std::uint32_t r) { return hash(keys[r]); }, [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; },
      [&](std::span<const std::uint32_t> g) { out.emplace_back(g.begin(), g.end()); }, scratch);
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::string> kKeys = {"b", "a", "", "b", "c", "a", "", "b", "d"};
const Groups kExpected = {{0, 3, 7}, {1, 5}};  // the empty keys are left out

TEST(DuplicateGroups, AHashThatCollidesForEveryKeyStillGroupsByTheKey) {
  EXPECT_EQ(groups_of(kKeys, [](const std::string&) { return std::uint64_t{0}; }), kExpected);
  EXPECT_EQ(groups_of(kKeys, [](const std::string&) { return ~std::uint64_t{0}; }), kExpected);
}

TEST(DuplicateGroups, AGoodHashGivesTheSameGroups) {
  EXPECT_EQ(groups_of(kKeys, [](const std::string& k) { return static_cast<std::uint64_t>(std::hash<std::string>{}(k)); }),
            kExpected);
}

TEST(DuplicateGroups, HashBitsWhereTheRowNumberGoesDoNotSplitAGroup) {
  // The hash's low bits are replaced by the row number: equal keys whose hash has those bits set stay one group.
  const std::vector<std::string> keys(5, "same");
  EXPECT_EQ(groups_of(keys, [](const std::string&) { return std::uint64_t{0x12347}; }), (Groups{{0, 1, 2, 3, 4}}));
  EXPECT_EQ(groups_of({"x", "y", "x"}, [](const std::string& k) { return k == "x" ? std::uint64_t{0xFF} : std::uint64_t{0xFE}; }),
            (Groups{{0, 2}}));
}

TEST(DuplicateGroups, ManyRowsGroupAsAMapOfTheirKeysWould) {
  // Past a few thousand rows the words are radix sorted: the groups must be the same, each in row order, with a
  // hash that spreads the keys and with one that puts thousands of them in one hash group.
  std::vector<std::string> keys;
  for (std::uint32_t r = 0; r < 50'000; ++r)
    keys.push_back(r % 7 == 0 ? std::string() : std::to_string((r * 2654435761u) % 30'011));
  std::map<std::string, std::vector<std::uint32_t>> by_key;
  for (std::uint32_t r = 0; r < keys.size(); ++r)
    if (!keys[r].empty()) by_key[keys[r]].push_back(r);
  Groups expected;
  for (auto& [key, rows] : by_key)
    if (rows.size() >= 2) expected.push_back(rows);
  std::sort(expected.begin(), expected.end());
  ASSERT_GT(expected.size(), 1000u);
  EXPECT_EQ(
      groups_of(keys, [](const std::string& k) { return static_cast<std::uint64_t>(std::hash<std::string>{}(k)); }),
      expected);
  EXPECT_EQ(groups_of(keys, [](const std::string& k) { return static_cast<std::uint64_t>(k.size()) << 40; }), expected);
}

}  // namespace
}  // namespace kiemtra::test
