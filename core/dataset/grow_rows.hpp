// Growing a table's vector whose new rows the parse workers write themselves.
#pragma once

#include <cstddef>
#include <type_traits>

#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// Resizes `rows` to `n` without value-initializing the new rows. Only for slices the workers fill row by row
/// (next_row resets each row before building it) and whose unused rows are never read: the resize itself
/// wrote every byte of the table once more, on one thread, between the threads' populate and parse.
template <class Row>
void grow_rows_uninitialized(Rows<Row>& rows, std::size_t n) {
  static_assert(std::is_trivially_copyable_v<Row> && std::is_trivially_destructible_v<Row>);
  struct Flag {
    Flag() { detail::rows_left_uninitialized() = true; }
    ~Flag() { detail::rows_left_uninitialized() = false; }
    Flag(const Flag&) = delete;
    Flag& operator=(const Flag&) = delete;
  } flag;
  rows.resize(n);
}

}  // namespace kiemtra::core::dataset
