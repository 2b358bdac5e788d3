// How a sheet cell's stored value reads as text: date formats, Excel date serials, numbers, cell references.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiemtra::core::dataset {

/// Whether Excel's built-in number format `id` shows a date (ECMA-376 18.8.30, and the East Asian ones).
bool builtin_date_format(int id);
/// Whether a custom number format shows a date: outside quoted text and [..] sections it has a day or a
/// year (a month alone is "m", also minutes: decided by the absence of hours and seconds).
bool date_format_code(std::string_view code);
/// The text of a date-styled serial: yyyy-mm-dd, and " hh:mm:ss" when it has a time of day; none outside
/// Excel's dates (serials 0 to 2958465, 9999-12-31), which the caller keeps as the number written.
std::optional<std::string> serial_date(double serial, bool date1904);
/// A number as an office would type it: integers without ".0" or an exponent.
std::string number_text(std::string_view v);
/// "C12" for column 3, row 12.
std::string cell_ref(std::uint32_t column, std::uint32_t row);

}  // namespace kiemtra::core::dataset
