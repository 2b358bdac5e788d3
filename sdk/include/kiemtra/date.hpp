// Calendar dates and months as compact integers, with the date arithmetic the rules share.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// Year, month (1-12) and day (1-31) of a date.
struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

/// Why a text is not a date (Date::parse).
enum class DateError : std::uint8_t { none, malformed, no_such_date, year_range };

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
  /// The one date parser of kiemtra. Strict (profiles, the command line, fixtures): 2019-09-30 or 30/09/2019
  /// (day and month may have one digit). Lenient (`data`, values of a dataset as exports write them): also
  /// 30-09-2019, 30.09.2019, 2019/09/30, and a year from 1800 to 2200 only.
  static DateError parse(std::string_view s, Date& out, bool data = false);
  /// The date `s` names (strict forms), or no date.
  static Date parse(std::string_view s) {
    Date d;
    return parse(s, d) == DateError::none ? d : Date{};
  }

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

inline DateError Date::parse(std::string_view s, Date& out, bool data) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // Reads 1..max digits at s[i]; the count read, 0 when none or too many.
  const auto number = [&](std::size_t i, std::size_t max, int& v) -> std::size_t {
    std::size_t n = 0;
    v = 0;
    while (i + n < s.size() && digit(s[i + n])) {
      if (n == max) return 0;
      v = v * 10 + (s[i + n] - '0');
      ++n;
    }
    return n;
  };
  const auto make = [&](int y, int m, int d) {
    if (data && (y < 1800 || y > 2200)) return DateError::year_range;
    if (!is_valid_ymd(y, m, d)) return DateError::no_such_date;
    out = from_ymd(y, m, d);
    return DateError::none;
  };
  int a = 0, b = 0, c = 0;
  const std::size_t na = number(0, 4, a);
  if (na == 0 || na >= s.size()) return DateError::malformed;
  const char sep = s[na];
  if (sep != '-' && sep != '/' && !(data && sep == '.')) return DateError::malformed;
  const std::size_t nb = number(na + 1, 2, b);
  const std::size_t ib = na + 1 + nb;
  if (nb == 0 || ib >= s.size() || s[ib] != sep) return DateError::malformed;
  const std::size_t nc = number(ib + 1, 4, c);
  if (nc == 0 || ib + 1 + nc != s.size()) return DateError::malformed;
  if (na == 4 && sep != '.' && (data ? nc <= 2 : nb == 2 && nc == 2 && sep == '-')) return make(a, b, c);
  if (na <= 2 && nc == 4 && (data || sep == '/')) return make(c, b, a);
  return DateError::malformed;
}

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
