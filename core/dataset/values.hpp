// Parsers for the value forms of the contract: dates, months, money, booleans, N/12, CCCD, terms.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>

#include "kiemtra/date.hpp"

namespace kiemtra::core::dataset {

/// Why a value could not be read (none = it could).
enum class ValueError : std::uint8_t {
  none,
  not_date,
  no_such_date,
  year_range,
  not_month,
  not_money,
  not_bool,
  not_education,
  not_citizen_id,
  not_term,
};

/// The reason shown for `e`: {Vietnamese, English}.
std::pair<std::string_view, std::string_view> reason_text(ValueError e);

// Each parser takes trimmed, non-empty text.

/// `2019-09-30`, `30/09/2019`, `30-09-2019` (also `30.09.2019`, `2019/09/30`); day and month may have one digit.
ValueError parse_date(std::string_view s, Date& out);
/// `09/30/2019` (also with `-` or `.`, one-digit fields) month first; other forms as parse_date. For the tables
/// whose manifest says `date_order: mdy`.
ValueError parse_date_month_first(std::string_view s, Date& out);
/// Whether `s` is written `a/b/yyyy` (or with `-`, `.`), the form whose order is ambiguous; gives its fields.
bool day_month_fields(std::string_view s, int& first, int& second, int& year);
/// `2019-09`, `09/2019` (also `2019/09`, `09-2019`, `9/2019`).
ValueError parse_month(std::string_view s, Month& out);
/// Whole đồng: `1490000`, `1.490.000`, `1,490,000` (well-formed groups of three; no decimals, no sign).
ValueError parse_money(std::string_view s, std::int64_t& out);
/// `1/0`, `true/false`, `có/không` (also `co/khong`, `yes/no`), `x`; any case.
ValueError parse_bool(std::string_view s, bool& out);
/// `N/12` with 0 <= N <= 12.
ValueError parse_education(std::string_view s, std::int8_t& out);
/// Exactly 12 digits.
ValueError check_citizen_id(std::string_view s);
/// `2020-2025` (also with an en dash or spaces around the dash); the first year not after the last.
ValueError parse_term(std::string_view s, std::int16_t& start, std::int16_t& end);

}  // namespace kiemtra::core::dataset
