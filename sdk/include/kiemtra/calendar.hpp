// The working-day calendar deadlines are counted in.
#pragma once

#include <algorithm>
#include <vector>

#include "kiemtra/date.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// Monday to Friday, minus holidays, plus make-up working days (both sorted).
struct Calendar {
  std::vector<Date> holidays;
  std::vector<Date> extra_working_days;

  bool is_working_day(Date d) const {
    if (std::binary_search(extra_working_days.begin(), extra_working_days.end(), d)) return true;
    if (d.weekday() >= 5) return false;
    return !std::binary_search(holidays.begin(), holidays.end(), d);
  }
  /// The n-th working day after d (n >= 0; n == 0 gives d itself).
  Date add_working_days(Date d, int n) const {
    Date cur = d;
    while (n > 0) {
      cur = cur.plus_days(1);
      if (is_working_day(cur)) --n;
    }
    return cur;
  }
};

KIEMTRA_NAMESPACE_END
