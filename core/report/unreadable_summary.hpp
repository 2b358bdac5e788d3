// Unreadable values rolled up per column (issue 20): one systematic export mistake (dates with a time, Excel
// serials, month-first dates) is said once per column with its most common form, an example, the usual cause
// and the first rows, instead of burying the run under one line per cell. Every value stays a finding of its
// own in the JSON, CSV and XLSX reports.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

/// One column's unreadable values: written, but not readable (an empty required value is missing, not counted).
struct UnreadableColumn {
  TableId table = TableId::organizations;
  std::string column;
  std::string file;
  std::size_t rows = 0;        ///< rows whose field is unknown
  std::string form;            ///< the most common shape, digits as N ("NNNN-NN-NN NN:NN")
  std::size_t form_rows = 0;   ///< values of that shape
  std::string example;         ///< the first value of that shape
  std::vector<std::uint32_t> first_lines;  ///< the first rows' lines (at most 5)
  Text cause;                  ///< the usual cause of that shape and its fix; empty when none is known
};

/// Columns in table then contract order of first appearance.
std::vector<UnreadableColumn> unreadable_columns(const Dataset& data);

/// From this many unreadable values, the text and HTML reports show the column rolled up, not value by value.
inline constexpr std::size_t kRollUpFrom = 10;

/// "birth_date unreadable for 2,774 members (members.csv): ... the rules that need it skipped them", one
/// paragraph per column; nothing when `columns` is empty.
void write_unreadable_text(const std::vector<UnreadableColumn>& columns, const std::string& lang, std::ostream& out);

/// The one-line sentence of a column, as the text report and the HTML summary show it.
std::string unreadable_sentence(const UnreadableColumn& c, const std::string& lang);

}  // namespace kiemtra::core
