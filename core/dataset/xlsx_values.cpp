// Excel's stored cell values as the text an office typed (see xlsx_values.hpp).
#include "dataset/xlsx_values.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <cstdlib>

namespace kiemtra::core::dataset {

namespace {

// yyyy-mm-dd of day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
std::string civil(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

}  // namespace

// Excel's built-in number formats that show a date (ECMA-376 18.8.30, and the East Asian ones).
bool builtin_date_format(int id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text and [..] sections, it has a day or a year
// (a month alone is "m", also minutes: decided by the absence of hours and seconds).
bool date_format_code(std::string_view code) {
  bool d = false, y = false, m = false, h = false, s = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = static_cast<char>(code[i] | 0x20);
    if (code[i] == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (code[i] == '[') {
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (code[i] == '\\' || code[i] == '_' || code[i] == '*') {
      ++i;
    } else if (c == 'd') {
      d = true;
    } else if (c == 'y') {
      y = true;
    } else if (c == 'm') {
      m = true;
    } else if (c == 'h') {
      h = true;
    } else if (c == 's') {
      s = true;
    }
  }
  return d || y || (m && !h && !s);
}

// The text of a date-styled serial. 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February
// 1900 that never was (serial 60), so serials from 61 on count from 1899-12-30.
std::optional<std::string> serial_date(double serial, bool date1904) {
  // Excel's dates run from serial 0 to 2958465 (9999-12-31); anything else (a damaged cell, 3.8e43) is no date.
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return std::nullopt;
  const double day = std::floor(serial);
  std::int64_t base;  // days from 1970-01-01 to serial 0
  if (date1904) {
    base = -24107;  // 1904-01-01 is serial 0
  } else {
    base = day >= 61 ? -25569 : -25568;
  }
  std::string out = civil(static_cast<std::int64_t>(day) + base);
  const double frac = serial - day;
  if (frac > 1e-9) {  // a time of day is kept, so the value is not silently cut to its date
    const auto secs = static_cast<std::int64_t>(std::llround(frac * 86400.0));
    out += fmt::format(" {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
  }
  return out;
}

// A number as an office would type it: integers without ".0" or an exponent.
std::string number_text(std::string_view v) {
  if (!v.empty() && v.size() < 16 && v.find_first_not_of("0123456789") == std::string_view::npos) return std::string(v);
  std::string s(v);
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0') return s;
  if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return fmt::format("{}", static_cast<std::int64_t>(d));
  return s;
}

std::string cell_ref(std::uint32_t column, std::uint32_t row) {
  std::string letters;
  for (std::uint32_t c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

}  // namespace kiemtra::core::dataset
