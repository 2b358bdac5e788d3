// The duplicate-group search the rules share (plugins/shared/duplicate_groups.hpp): groups by the real key,
// whatever the hash does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "shared/duplicate_groups.hpp"

namespace kiemtra::test {
namespace {

using Groups = std::vector<std::vector<std::uint32_t>>;

Groups groups_of(const std::vector<std::string>& keys, std::uint64_t (*hash)(const std::string&)) {
  Groups out;
  std::vector<std::uint64_t> scratch{1, 2, 3};  // left over from an earlier call: cleared, not trusted
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

}  // namespace
}  // namespace kiemtra::test
