// Month-first date columns: what each date column holds, and its order decided from all its values.
//
// The contract writes dates day first (30/09/2019), but some exports write them month first (09/30/2019). A
// value like 04/05/2019 reads either way, so one value never tells: the column does. A column holding a value
// that only reads month first (a second field over 12) is read month first when the manifest says
// `date_order: mdy` for its table, and otherwise refused (read as empty) and reported once, never read half
// one way and half the other.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/utf8.hpp"
#include "kiemtra/dataset.hpp"

namespace kiemtra::core::dataset {

/// What one date column held.
struct DateColumnCount {
  std::uint32_t values = 0;            ///< non-empty
  std::uint32_t month_first_only = 0;  ///< a/b/yyyy with b over 12: a date only when read month first
  std::uint32_t day_first_only = 0;    ///< a/b/yyyy with a over 12
  std::string example;                 ///< the smallest month-first-only value: the same in any row order
  TextPos at;                          ///< where the example is
};

/// How the table being read reads its a/b/yyyy dates.
struct DateReading {
  bool month_first = false;   ///< the manifest says `date_order: mdy` for the table
  std::vector<bool> refused;  ///< per contract column: it looked month first; read as empty and reported once
};

/// Counts the non-empty date value `v`; `locate` gives its place when it becomes the column's example.
template <class Locate>
void count_date(DateColumnCount& n, std::string_view v, int first, int second, bool day_month_form, Locate locate) {
  ++n.values;
  if (!day_month_form) return;
  if (first >= 1 && first <= 12 && second > 12 && second <= 31) {
    ++n.month_first_only;
    if (n.example.empty() || v < n.example) {
      n.example.assign(v);
      n.at = locate();
    }
  } else if (first > 12 && first <= 31 && second >= 1 && second <= 12) {
    ++n.day_first_only;
  }
}

/// Adds a chunk's counts (its lines local, `line_base` added) to the table's, in file order.
void merge_date_counts(std::vector<DateColumnCount>& into, std::vector<DateColumnCount>& from, std::uint32_t line_base);

/// The columns to refuse (empty when none): those holding a month-first-only value, unless the table is read
/// month first.
std::vector<bool> month_first_columns(const std::vector<DateColumnCount>& counts, bool month_first);

/// The issue that reports refused column `column` of `table` once.
ReadIssue refused_column_issue(TableId table, const std::string& file, std::string_view column,
                               const DateColumnCount& n);

}  // namespace kiemtra::core::dataset
