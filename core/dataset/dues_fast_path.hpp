// A dues record in the shape nearly every export writes it, read straight from its line.
#pragma once

#include <optional>

#include "dataset/row_context.hpp"

namespace kiemtra::core::dataset {

/// dues.csv is the nation's largest table (65 M records): the cells, trimming and typed readers every table
/// shares cost about twice what a record of four short fields needs. A record whose four fields are plain ASCII
/// (no quote, no space, no byte >= 0x80), whose member resolves, and whose period, amount and date (with no time
/// part) read is read here. Any other record is left to the generic path untouched, so every issue,
/// dangling code, date count and line is the generic path's own (tests/dataset/dues_fast_path_test.cpp reads
/// the same files both ways).
class DuesFastPath {
 public:
  /// The fast path for a table read with `setup`, or none: a header other than exactly member_id, period,
  /// amount and paid_on (in any order), a tap (kiemtra convert sees every record's cells), or a paid_on
  /// column whose dates are refused.
  static std::optional<DuesFastPath> make(const TableSetup& setup);

  /// Reads the record starting at `p` (a line start, before `end`; `line0` its line as CsvCursor counts). On
  /// success fills `out` (all but its line), counts the date in `date_counts` as RowContext::date does, and
  /// returns the start of the next line; otherwise returns null and nothing has changed but `ctx`'s cache of the
  /// last member code.
  const char* read(const char* p, const char* end, std::uint32_t line0, char sep, RowContext& ctx,
                   std::vector<DateColumnCount>& date_counts, Payment& out) const;

 private:
  int member_ = 0, period_ = 0, amount_ = 0, paid_on_ = 0;  ///< the cell of each column
  bool month_first_ = false;                                ///< the manifest's `date_order: mdy` for dues
};

}  // namespace kiemtra::core::dataset
