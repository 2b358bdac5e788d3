// Parsers for the value forms of the contract: dates, months, money, booleans, N/12, CCCD, terms.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>

#include "kiemtra/dataset.hpp"
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
  time_of_day,  ///< a date carrying a time other than midnight (`1990-11-05 14:30`)
  not_badge,
  not_year,
  payment_too_large,  ///< a dues amount over kMaxPayment
};

/// The reason shown for `e`: {Vietnamese, English}.
std::pair<std::string_view, std::string_view> reason_text(ValueError e);

// Each parser takes trimmed, non-empty text.

/// `2019-09-30`, `30/09/2019`, `30-09-2019` (also `30.09.2019`, `2019/09/30`); day and month may have one digit.
ValueError parse_date(std::string_view s, Date& out);
/// Whether `s` is written 2019-09-30 (ten characters, digits around two dashes): the form of nearly every export.
bool iso_date_shape(std::string_view s);
/// The date of a value of iso_date_shape().
ValueError parse_iso_date(std::string_view s, Date& out);
/// `09/30/2019` (also with `-` or `.`, one-digit fields) month first; other forms as parse_date. For the tables
/// whose manifest says `date_order: mdy`.
ValueError parse_date_month_first(std::string_view s, Date& out);
/// Whether `s` is written `a/b/yyyy` (or with `-`, `.`), the form whose order is ambiguous; gives its fields.
bool day_month_fields(std::string_view s, int& first, int& second, int& year);
/// What follows the date in a value written with a time, as spreadsheets export dates.
enum class TimePart : std::uint8_t {
  none,      ///< no time: `date` is the whole value
  midnight,  ///< `1990-11-05 00:00:00`, `5/11/1990 0:00`, `1990-11-05T00:00:00`, `11/5/1990 12:00:00 AM`
  other,     ///< a time of day other than midnight: the value is not a date
};
/// Splits `s` into its date and a trailing time of day (hh:mm, hh:mm:ss, fractions, AM/PM, a final Z). A
/// midnight time carries nothing (a spreadsheet's date cell exported with its time), so the reader reads the
/// date part and says nothing; any other time is refused (time_of_day), never silently dropped.
TimePart split_time(std::string_view s, std::string_view& date);
/// When `s` is a whole number a spreadsheet would show as a date (an Excel serial, days after 1899-12-30,
/// from 1 to 2958465), the date it stands for; else no date. Used for the hint only: a serial is never read
/// as a date, since a bare number may be anything.
Date excel_serial_date(std::string_view s);
/// `2019-09`, `09/2019` (also `2019/09`, `09-2019`, `9/2019`).
ValueError parse_month(std::string_view s, Month& out);
/// Whole đồng: `1490000`, `1.490.000`, `1,490,000` (well-formed groups of three; no decimals, no sign).
ValueError parse_money(std::string_view s, std::int64_t& out);
/// A dues row's amount from a money value read (kNoMoney: none, which is 0): payment_too_large, and 0, over
/// kMaxPayment, the most a row holds.
/// Inline: the dues fast path calls it for each of a nation's 65 million rows.
inline ValueError payment_amount(std::int64_t money, std::int32_t& out) {
  out = 0;
  if (money > kMaxPayment) return ValueError::payment_too_large;
  if (money != kNoMoney) out = static_cast<std::int32_t>(money);
  return ValueError::none;
}
/// `1/0`, `true/false`, `có/không` (also `co/khong`, `yes/no`), `x`; any case.
ValueError parse_bool(std::string_view s, bool& out);
/// `N/12` with 0 <= N <= 12.
ValueError parse_education(std::string_view s, std::int8_t& out);
/// A party badge's years: `30`, `30 năm`, `Huy hiệu 30 năm tuổi Đảng` -- one number from 1 to 150 in the text.
ValueError parse_badge_years(std::string_view s, std::int16_t& out);
/// A year of four digits, 1900 to 2200 (`2023`).
ValueError parse_year(std::string_view s, std::int16_t& out);
/// Exactly 12 digits.
ValueError check_citizen_id(std::string_view s);
/// `2020-2025` (also with an en dash or spaces around the dash); the first year not after the last.
ValueError parse_term(std::string_view s, std::int16_t& start, std::int16_t& end);

}  // namespace kiemtra::core::dataset
