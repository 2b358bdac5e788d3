// The positions the rows of one table noted (RowContext::note_position), kept as the chunks noted them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

#include "dataset/utf8.hpp"

namespace kiemtra::core::dataset {

/// Every noted position of a table, in row order, without one array of them all: each chunk's vector is moved
/// in with the line its lines count from. Joined into one array they were a serial copy into fresh memory of 8
/// bytes a member and an attendance row (88 MB at the nation, a third of a second on one thread here), for
/// positions read only for the rare duplicate id or dangling reference.
class NotedPositions {
 public:
  void clear() {
    parts_.clear();
    size_ = 0;
  }
  /// The next positions, their lines counted from `line_base` (the chunk's first line is line_base + 1).
  void append(std::vector<TextPos> part, std::uint32_t line_base) {
    if (part.empty()) return;
    const std::size_t n = part.size();
    parts_.push_back({size_, line_base, std::move(part)});
    size_ += n;
  }
  /// Position `i` in the order noted, with its line in the file.
  TextPos operator[](std::size_t i) const {
    if (i >= size_) return {};
    const auto it =
        std::upper_bound(parts_.begin(), parts_.end(), i, [](std::size_t k, const Part& p) { return k < p.first; });
    const Part& p = *std::prev(it);
    TextPos pos = p.positions[i - p.first];
    pos.line += p.line_base;
    return pos;
  }
  std::size_t size() const { return size_; }

 private:
  struct Part {
    std::size_t first = 0;
    std::uint32_t line_base = 0;
    std::vector<TextPos> positions;
  };
  std::vector<Part> parts_;
  std::size_t size_ = 0;
};

}  // namespace kiemtra::core::dataset
