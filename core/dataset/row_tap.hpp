// A listener on the rows as read, before their values are typed: what `kiemtra convert` writes out.
#pragma once

#include <span>

#include "dataset/cell.hpp"
#include "dataset/table_spec.hpp"

namespace kiemtra::core::dataset {

/// Sees each table's header mapping, then each non-blank row's cells in file order. Only for reads with
/// one thread (ReadOptions::jobs = 1): calls are not synchronized.
class RowTap {
 public:
  virtual ~RowTap() = default;
  /// A table starts (again, when the reader reads it a second time: the earlier rows are void).
  virtual void begin_table(TableId id, const HeaderMap& header, bool month_first) = 0;
  virtual void row(TableId id, const HeaderMap& header, std::span<const Cell> cells) = 0;
};

}  // namespace kiemtra::core::dataset
