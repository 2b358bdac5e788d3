// The Vietnamese lunar calendar (Hồ Ngọc Đức's algorithm, UTC+7): lunar dates to Gregorian ones.
#pragma once

#include "kiemtra/date.hpp"

namespace kiemtra::core {

/// A date of the Vietnamese lunar calendar.
struct LunarDate {
  int day = 0;    ///< 1-30
  int month = 0;  ///< 1-12
  int year = 0;   ///< the Gregorian year the lunar year mostly overlaps (Tết of that year starts it)
  bool leap = false;
  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

/// The Gregorian date of a lunar date, reckoned at UTC+7 (Vietnam) as the official calendar is; no date when
/// the lunar date does not exist (a leap month the year does not have).
Date lunar_to_solar(const LunarDate& lunar);

/// The lunar date of a Gregorian date, at UTC+7.
LunarDate solar_to_lunar(Date solar);

/// Tết Nguyên đán of `year`: the first day of the first lunar month.
inline Date lunar_new_year(int year) { return lunar_to_solar({1, 1, year, false}); }

/// Hùng Kings' Commemoration Day of `year`: the 10th day of the 3rd lunar month.
inline Date hung_kings_day(int year) { return lunar_to_solar({10, 3, year, false}); }

}  // namespace kiemtra::core
