// Reads one table of the contract from a sheet of an .xlsx workbook, through the CSV form's row builders.
#pragma once

#include <cstdint>

#include "dataset/read_state.hpp"
#include "dataset/xlsx_workbook.hpp"

namespace kiemtra::core::dataset {

/// Reads sheet `sheet` of `wb` into `table`. The header is row `header_row` (1-based), or, when it is 0,
/// the first of the sheet's first rows that names every required column: a title block above the header
/// ("DANH SÁCH ĐẢNG VIÊN", merged cells, an empty row) is passed over. Positions are the sheet's rows and
/// columns; the table's file is "book.xlsx:Sheet". Throws UserError as read_csv_table does.
template <class Row>
void read_xlsx_table(const XlsxWorkbook& wb, int sheet, std::uint32_t header_row, TableId id, ReadState& st,
                     Table<Row>& table);

}  // namespace kiemtra::core::dataset
