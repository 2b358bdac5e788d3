// Rows that parse workers wrote straight into the table's own vector, one slice per chunk, closed up in file order.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Each chunk of a table read in parallel writes its rows into a slice of the table's vector sized by an
/// estimate, and the rows that do not fit into an overflow vector of its own. Reading into chunk vectors
/// and copying them into the table wrote every row twice into memory the process had never touched, and
/// at the nation (65 M dues rows, 2 GB) those first touches were most of the run's system time; the
/// chunk copies also doubled the peak memory while they were merged.
///
/// place() then moves the chunks together in file order: a chunk's rows move down over the room the chunks
/// before it left unused, and its overflow goes after them, shifting the chunks not yet placed when it does
/// not fit in the gap (rare: only where the estimate was short by more than the room left so far).
template <class Row>
class SliceJoin {
 public:
  /// `slice_begin` holds each chunk's first slot in `rows`, in order, all within rows.size().
  SliceJoin(kiemtra::Rows<Row>& rows, std::vector<std::size_t> slice_begin)
      : rows_(rows), begin_(std::move(slice_begin)) {}

  /// Places chunk k (chunks are placed in order 0, 1, ...): its `used` rows from its slice, then
  /// `overflow` (emptied). Returns the index of the chunk's first row in the table.
  std::size_t place(std::size_t k, std::size_t used, kiemtra::Rows<Row>& overflow) {
    const std::size_t first = filled_;
    const auto at = [&](std::size_t i) { return rows_.begin() + static_cast<std::ptrdiff_t>(i); };
    if (begin_[k] != filled_) std::copy(at(begin_[k]), at(begin_[k] + used), at(filled_));  // moves down
    filled_ += used;
    if (!overflow.empty()) {
      const std::size_t next = k + 1 < begin_.size() ? begin_[k + 1] : rows_.size();
      if (filled_ + overflow.size() <= next) {
        std::copy(overflow.begin(), overflow.end(), at(filled_));
      } else {
        rows_.insert(at(filled_), overflow.begin(), overflow.end());
        for (std::size_t j = k + 1; j < begin_.size(); ++j) begin_[j] += overflow.size();
      }
      filled_ += overflow.size();
      kiemtra::Rows<Row>().swap(overflow);
    }
    return first;
  }

  /// Rows placed so far.
  std::size_t size() const { return filled_; }

 private:
  kiemtra::Rows<Row>& rows_;
  std::vector<std::size_t> begin_;
  std::size_t filled_ = 0;
};

}  // namespace kiemtra::core::dataset
