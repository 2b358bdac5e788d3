// Calendar dates and months as compact integers, with the date arithmetic the rules share.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// Year, month (1-12) and day (1-31) of a date.
struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

/// A calendar date stored as days since 1970-01-01; default-constructed is "no date".
struct Date {
  static constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::min();
  std::int32_t days = kNone;

  constexpr bool valid() const { return days != kNone; }
  constexpr explicit operator bool() const { return valid(); }
  friend constexpr auto operator<=>(Date, Date) = default;

  /// Whether year/month/day name a real date in the proleptic Gregorian calendar.
  static constexpr bool is_valid_ymd(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) return false;
    return d <= days_in_month(y, m);
  }
  static constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
  static constexpr int days_in_month(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
  }
  /// The date of y-m-d (which must be valid; see is_valid_ymd).
  static constexpr Date from_ymd(int y, int m, int d) {
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
  }
  constexpr Ymd ymd() const {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Ymd{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
  }
  constexpr int year() const { return ymd().year; }
  constexpr int month() const { return ymd().month; }
  constexpr int day() const { return ymd().day; }
  /// 0 = Monday ... 6 = Sunday.
  constexpr int weekday() const {
    const int w = (days + 3) % 7;  // 1970-01-01 was a Thursday
    return w < 0 ? w + 7 : w;
  }
  constexpr Date plus_days(int n) const { return Date{days + n}; }
  /// The same day of the month n months later, clamped to the month's end
  /// (31 January + 1 month = 28 or 29 February), as the catalog defines it.
  constexpr Date plus_months(int n) const {
    const Ymd v = ymd();
    int total = v.year * 12 + (v.month - 1) + n;
    const int y = total >= 0 ? total / 12 : (total - 11) / 12;
    const int m = total - y * 12 + 1;
    const int dim = days_in_month(y, m);
    return from_ymd(y, m, v.day < dim ? v.day : dim);
  }
  constexpr Date plus_years(int n) const { return plus_months(12 * n); }
  /// ISO form, "2019-09-30"; "" for no date.
  std::string iso() const;
  /// Vietnamese form, "30/09/2019"; "" for no date.
  std::string vn() const;
};

/// Full years from `from` to `to` (full age: from + N years <= to). Both must be valid.
constexpr int full_years(Date from, Date to) {
  int years = to.year() - from.year();
  if (from.plus_years(years) > to) --years;
  return years;
}

/// Full months from `from` to `to` (from + N months <= to).
constexpr int full_months(Date from, Date to) {
  const Ymd a = from.ymd(), b = to.ymd();
  int months = (b.year - a.year) * 12 + (b.month - a.month);
  if (from.plus_months(months) > to) --months;
  return months;
}

/// A calendar month stored as year*12 + (month-1); default-constructed is "no month".
struct Month {
  static constexpr std::int32_t kNone = std::numeric_limits<std::int32_t>::min();
  std::int32_t index = kNone;

  constexpr bool valid() const { return index != kNone; }
  friend constexpr auto operator<=>(Month, Month) = default;
  static constexpr Month of(int year, int month) { return Month{year * 12 + (month - 1)}; }
  static constexpr Month of(Date d) { return of(d.year(), d.month()); }
  constexpr int year() const { return index / 12; }
  constexpr int month() const { return index % 12 + 1; }
  constexpr Month plus(int n) const { return Month{index + n}; }
  constexpr Date first_day() const { return Date::from_ymd(year(), month(), 1); }
  constexpr Date last_day() const { return Date::from_ymd(year(), month(), Date::days_in_month(year(), month())); }
  /// "2019-09"; "" for no month.
  std::string iso() const;
};

inline std::string Date::iso() const {
  if (!valid()) return {};
  const Ymd v = ymd();
  char buf[16];
  const int n = __builtin_snprintf(buf, sizeof buf, "%04d-%02d-%02d", v.year, v.month, v.day);
  return std::string(buf, static_cast<std::size_t>(n));
}
inline std::string Date::vn() const {
  if (!valid()) return {};
  const Ymd v = ymd();
  char buf[16];
  const int n = __builtin_snprintf(buf, sizeof buf, "%02d/%02d/%04d", v.day, v.month, v.year);
  return std::string(buf, static_cast<std::size_t>(n));
}
inline std::string Month::iso() const {
  if (!valid()) return {};
  char buf[16];
  const int n = __builtin_snprintf(buf, sizeof buf, "%04d-%02d", year(), month());
  return std::string(buf, static_cast<std::size_t>(n));
}

KIEMTRA_NAMESPACE_END
