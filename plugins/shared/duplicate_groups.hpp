// Finds the groups of rows with equal keys in O(n log n) without storing the keys.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace kiemtra::plugins {

/// Calls on_group(std::span<const std::uint32_t>) once for each set of two or more rows among [0, n) that pass
/// `include` and have equal keys, the rows of a group in ascending order. Each row is sorted as one 64-bit word,
/// the top bits of a hash of its key above its row number (8 bytes a row, so millions of rows fit), and only
/// rows of equal hash bits are compared with `less`, a strict weak order on the real keys, so hash collisions
/// never merge different keys.
/// `keyed` is scratch memory, reserved for all n rows at once: pages never written cost nothing, where a
/// vector grown row by row would fault in fresh memory for every copy (hundreds of MB at the nation). Pass
/// the same vector to successive calls so they reuse its pages.
template <class Include, class Hash, class Less, class OnGroup>
void for_each_duplicate_group(std::uint32_t n, Include include, Hash hash, Less less, OnGroup on_group,
                              std::vector<std::uint64_t>& keyed) {
  const int row_bits = std::max(1, static_cast<int>(std::bit_width(n)));
  const std::uint64_t row_mask = (std::uint64_t{1} << row_bits) - 1;
  keyed.clear();
  keyed.reserve(n);
  for (std::uint32_t r = 0; r < n; ++r)
    if (include(r)) keyed.push_back((static_cast<std::uint64_t>(hash(r)) & ~row_mask) | r);
  std::sort(keyed.begin(), keyed.end());
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
  std::vector<std::uint64_t> keyed;
  for_each_duplicate_group(n, include, hash, less, on_group, keyed);
}

}  // namespace kiemtra::plugins
