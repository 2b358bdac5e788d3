// The built-in working-day calendar: Vietnam's public holidays for agencies, 2010-2030.
#pragma once

#include <string_view>
#include <vector>

#include "kiemtra/calendar.hpp"

namespace kiemtra::core {

/// The years the built-in calendar covers; outside them only weekends are days off.
inline constexpr int kBuiltinFirstYear = 2010;
inline constexpr int kBuiltinLastYear = 2030;

/// How a year of the built-in calendar was obtained.
enum class HolidaySource {
  official,  ///< the days off announced for agencies that year (see docs/calendar.md for the notices)
  computed,  ///< the Labour Code's rule applied to the lunar calendar; no swapped days
};

/// The days off of one year, weekdays only (a holiday on a weekend shows as its compensating weekday),
/// and the Saturdays worked in exchange for a bridge day.
struct HolidayYear {
  int year = 0;
  HolidaySource source = HolidaySource::computed;
  std::vector<Date> holidays;
  std::vector<Date> working_days;
};

/// The days off the Labour Code gives in `year`, without any swapped day: 1 January; Tết (to 2013: the last
/// day of the lunar year and the first 3 of the new one; from 2014: 5 weekdays from 2 days before Tết, as every
/// announcement of 2018-2026 placed them); Hùng Kings' day; 30 April; 1 May; 2 September, with 1 or 3 September
/// from 2021 (Labour Code of 2019); a holiday on a weekend moves to the next working day.
HolidayYear computed_holidays(int year);

/// The announced days off of `year` when the built-in table has them, else computed_holidays(year).
const HolidayYear& builtin_holidays(int year);

/// Every year of the built-in calendar together, sorted: what every configuration starts from.
const Calendar& builtin_calendar();

}  // namespace kiemtra::core
