// Fields whose value was written but could not be read: unknown, not absent (docs/writing-plugins.md,
// "Unknown values"). The reader leaves such a field at its "none" default (no date, `unknown`, -1) and
// integrity/bad-value reports the value; a rule that needs the field skips the row instead of reading the
// default as a fact ("no official date", "admitted after the as-of date") and firing on it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// The line in its file of row `row` of `table`, a table of `data` (a dues row's line is kept beside the table).
template <class Row>
std::uint32_t line_of_row(const Dataset& data, const Table<Row>& table, std::size_t row) {
  if constexpr (std::is_same_v<Row, Payment>)
    return data.dues_line(row);
  else
    return table[row].line;
}

/// The rows of one table where any of `columns` held a value that could not be read. Built once per check
/// from Dataset::read_issues (nothing to build when the data read cleanly); a lookup is a binary search.
class UnknownFields {
 public:
  /// `table` is `id`'s table of `data` (data.members for TableId::members ...).
  template <class Row>
  UnknownFields(const Dataset& data, const Table<Row>& table, TableId id,
                std::initializer_list<std::string_view> columns) {
    std::vector<std::uint32_t> lines;  // where the values are
    for (const ReadIssue& is : data.read_issues) {
      if (is.table != id || is.value.empty()) continue;  // an empty required value is missing, not unknown
      for (std::string_view c : columns)
        if (is.column_name == c) {
          lines.push_back(is.line);
          break;
        }
    }
    if (lines.empty()) return;
    // A value sits on its row's line or, in a row spanning lines (a quoted line break, a YAML block), below
    // it and above the next row: the row is the one starting last at or before the value.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> starts;  // (line, row), by line
    starts.reserve(table.size());
    for (std::uint32_t i = 0; i < table.size(); ++i) starts.emplace_back(line_of_row(data, table, i), i);
    std::sort(starts.begin(), starts.end());
    for (std::uint32_t line : lines) {
      auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(line, ~std::uint32_t{0}));
      if (it != starts.begin()) rows_.push_back(std::prev(it)->second);
    }
    std::sort(rows_.begin(), rows_.end());
    rows_.erase(std::unique(rows_.begin(), rows_.end()), rows_.end());
  }
  /// Whether row `row` of the table has one of the columns unknown.
  bool row(std::uint32_t row) const { return std::binary_search(rows_.begin(), rows_.end(), row); }
  /// Rows with an unknown field.
  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::uint32_t> rows_;
};

KIEMTRA_NAMESPACE_END
