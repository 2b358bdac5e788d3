// Finds the groups of rows with equal keys in O(n) passes and a sort within hash groups, without storing the keys.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace kiemtra::plugins {

/// The memory for_each_duplicate_group works in. Pass the same one to successive calls so they reuse its pages:
/// on a nation's millions of rows a fresh buffer costs more in page faults than the grouping itself.
struct GroupScratch {
  std::vector<std::uint64_t> keyed;  ///< a word per row: hash bits above the row number
  std::vector<std::uint64_t> spare;  ///< the radix sort's other buffer
};

namespace duplicate_groups_detail {

/// Below this many words std::sort is as quick and needs no second buffer.
inline constexpr std::size_t kRadixFrom = std::size_t{1} << 12;
inline constexpr int kDigitBits = 11;  // 2,048 counters a pass: they stay in the first-level cache
inline constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;

/// Sorts s.keyed by its bits from `low_bit` up; words equal there keep their order (a stable LSD radix sort).
/// The words come in ascending order of their low bits (the row numbers), so they leave fully sorted, as
/// std::sort would leave them. All digits are counted in one read; a digit that is the same in every word is
/// skipped.
inline void sort_above(GroupScratch& s, int low_bit) {
  std::vector<std::uint64_t>& keys = s.keyed;
  const std::size_t n = keys.size();
  if (n < kRadixFrom) {
    std::sort(keys.begin(), keys.end());
    return;
  }
  const int passes = (64 - low_bit + kDigitBits - 1) / kDigitBits;
  std::vector<std::array<std::uint32_t, kBuckets>> counts(static_cast<std::size_t>(passes));
  for (const std::uint64_t k : keys)
    for (int p = 0; p < passes; ++p)
      ++counts[static_cast<std::size_t>(p)][(k >> (low_bit + p * kDigitBits)) & (kBuckets - 1)];
  s.spare.resize(n);
  for (int p = 0; p < passes; ++p) {
    auto& count = counts[static_cast<std::size_t>(p)];
    const int shift = low_bit + p * kDigitBits;
    if (count[(keys[0] >> shift) & (kBuckets - 1)] == n) continue;  // every word has this digit
    std::uint32_t sum = 0;
    for (std::uint32_t& c : count) sum += std::exchange(c, sum);
    const std::uint64_t* from = keys.data();
    std::uint64_t* to = s.spare.data();
    for (std::size_t i = 0; i < n; ++i) to[count[(from[i] >> shift) & (kBuckets - 1)]++] = from[i];
    keys.swap(s.spare);
  }
}

}  // namespace duplicate_groups_detail

/// Calls on_group(std::span<const std::uint32_t>) once for each set of two or more rows among [0, n) that pass
/// `include` and have equal keys, the rows of a group in ascending order. Each row is sorted as one 64-bit word,
/// the top bits of a hash of its key above its row number (8 bytes a row, so millions of rows fit), and only
/// rows of equal hash bits are compared with `less`, a strict weak order on the real keys, so hash collisions
/// never merge different keys.
/// `scratch.keyed` is reserved for all n rows at once: pages never written cost nothing, where a vector grown
/// row by row would fault in fresh memory for every copy (hundreds of MB at the nation).
template <class Include, class Hash, class Less, class OnGroup>
void for_each_duplicate_group(std::uint32_t n, Include include, Hash hash, Less less, OnGroup on_group,
                              GroupScratch& scratch) {
  const int row_bits = std::max(1, static_cast<int>(std::bit_width(n)));
  const std::uint64_t row_mask = (std::uint64_t{1} << row_bits) - 1;
  std::vector<std::uint64_t>& keyed = scratch.keyed;
  keyed.clear();
  keyed.reserve(n);
  for (std::uint32_t r = 0; r < n; ++r)
    if (include(r)) keyed.push_back((static_cast<std::uint64_t>(hash(r)) & ~row_mask) | r);
  duplicate_groups_detail::sort_above(scratch, row_bits);
  std::vector<std::uint32_t> run;
  for (std::size_t i = 0; i < keyed.size();) {
    const std::uint64_t bits = keyed[i] & ~row_mask;
    std::size_t j = i + 1;
    while (j < keyed.size() && (keyed[j] & ~row_mask) == bits) ++j;
    if (j - i >= 2) {
      run.clear();
      for (std::size_t k = i; k < j; ++k) run.push_back(static_cast<std::uint32_t>(keyed[k] & row_mask));
      std::stable_sort(run.begin(), run.end(), less);  // equal keys side by side, each still in row order
      for (std::size_t a = 0; a < run.size();) {
        std::size_t b = a + 1;
        while (b < run.size() && !less(run[a], run[b])) ++b;
        if (b - a >= 2) on_group(std::span<const std::uint32_t>(run.data() + a, b - a));
        a = b;
      }
    }
    i = j;
  }
}

/// The same with scratch memory of its own.
template <class Include, class Hash, class Less, class OnGroup>
void for_each_duplicate_group(std::uint32_t n, Include include, Hash hash, Less less, OnGroup on_group) {
  GroupScratch scratch;
  for_each_duplicate_group(n, include, hash, less, on_group, scratch);
}

}  // namespace kiemtra::plugins
