// Reads one CSV table of the contract, in parallel chunks when it is large.
#pragma once

#include <string>

#include "dataset/read_state.hpp"

namespace kiemtra::core::dataset {

/// Reads `file` into `table` (rows in file order, extras, issues and unresolved references into
/// the dataset). Throws UserError (exit 2) for what makes the file unreadable: not UTF-8, an
/// unterminated quote, no header, a required column missing; with --strict, the first bad value.
template <class Row>
void read_csv_table(const std::string& file, TableId id, ReadState& st, Table<Row>& table);

}  // namespace kiemtra::core::dataset
