// Building Groups (row indexes per owner) with a stable counting sort.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Items i in [0, n) grouped by owner_of(i) (rows with kNone are left out), file order within an owner.
template <class OwnerOf>
Groups group_by(std::size_t owners, std::size_t n, OwnerOf owner_of) {
  Groups g;
  g.offsets.assign(owners + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t o = owner_of(i);
    if (o < owners) ++g.offsets[o + 1];
  }
  for (std::size_t o = 0; o < owners; ++o) g.offsets[o + 1] += g.offsets[o];
  g.items.resize(g.offsets[owners]);
  std::vector<std::uint32_t> fill(g.offsets.begin(), g.offsets.end() - 1);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t o = owner_of(i);
    if (o < owners) g.items[fill[o]++] = static_cast<std::uint32_t>(i);
  }
  return g;
}

}  // namespace kiemtra::core::dataset
