// The retirement age in normal working conditions under the 2019 Labour Code (Art. 169) and Nghị định 135/2020
// (Art. 4, Phụ lục I): a base age in a base year, rising by a step each year up to a cap. Shared by the congress
// rules (working time left before retirement) and the dues rules (the lower rate past retirement age, 01-QĐ/TW).
#pragma once

#include <kiemtra/sdk.hpp>

#include <algorithm>

namespace kiemtra::plugins {

/// A stepwise schedule, ages in months.
struct RetirementSchedule {
  int base_months = 0;  ///< the age in base_year
  int step_months = 0;  ///< added each following year
  int cap_months = 0;   ///< the age the steps stop at
  int base_year = 0;
};

/// The Labour Code's schedule for men: 60 years 3 months in 2021, 3 months more a year up to 62 (2028).
inline constexpr RetirementSchedule kLabourCodeMen{60 * 12 + 3, 3, 62 * 12, 2021};
/// For women: 55 years 4 months in 2021, 4 months more a year up to 60 (2035).
inline constexpr RetirementSchedule kLabourCodeWomen{55 * 12 + 4, 4, 60 * 12, 2021};

/// The retirement age in months of a person born on `birth`: the age of the first year in which, at that year's
/// age, the retirement date falls. Born 9/1961, a man retires at 60y3m in 12/2021; born 10/1961, at 60y6m in
/// 4/2022 (Phụ lục I's table; tests/rules/congress/working-time-left reproduces it).
inline int scheduled_retirement_months(const RetirementSchedule& s, Date birth) {
  if (s.step_months <= 0 || s.base_months >= s.cap_months) return s.cap_months;
  for (int year = s.base_year, age = s.base_months; age < s.cap_months;
       ++year, age = std::min(s.cap_months, age + s.step_months))
    if (birth.plus_months(age).year() <= year) return age;
  return s.cap_months;
}

}  // namespace kiemtra::plugins
