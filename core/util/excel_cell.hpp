// Excel's names for a column (A, Z, AA, XFD) and a cell (C12), for locations in a workbook's sheet.
#pragma once

#include <cstdint>
#include <string>

namespace kiemtra::core {

/// Appends the letters of 1-based column `column` (1 -> "A", 27 -> "AA"); nothing for 0.
void append_excel_column(std::uint32_t column, std::string& out);

}  // namespace kiemtra::core
