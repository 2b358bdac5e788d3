// The Vietnamese lunar calendar after Hồ Ngọc Đức ("Âm lịch Việt Nam"): new moons and the sun's longitude by
// the formulas of Meeus' "Astronomical Algorithms", months counted from the month holding the winter solstice.
#include "config/lunar_calendar.hpp"

#include <cmath>
#include <numbers>

namespace kiemtra::core {
namespace {

// The calendar is reckoned at Vietnam's time (UTC+7): since 1968 this is what makes Vietnamese Tết differ
// from the Chinese one in some years (1985, 2007).
constexpr double kTimeZone = 7.0;
constexpr double kPi = std::numbers::pi;
constexpr double kDr = kPi / 180.0;
// The Julian day number of 1970-01-01, the epoch of Date.
constexpr long kJdEpoch = 2440588;
// A synodic month, and the Julian day of the new moon numbered 0 (1 January 1900).
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoon0 = 2415021.076998695;

long floor_long(double x) { return static_cast<long>(std::floor(x)); }

long jd_of(Date d) { return d.days + kJdEpoch; }
Date date_of_jd(long jd) { return Date{static_cast<std::int32_t>(jd - kJdEpoch)}; }

// The moment (Julian day, UT) of the k-th new moon after 1 January 1900.
double new_moon(long k) {
  const double t = static_cast<double>(k) / 1236.85;  // Julian centuries from 1900-01-01 12:00
  const double t2 = t * t, t3 = t2 * t;
  double jd1 = 2415020.75933 + 29.53058868 * static_cast<double>(k) + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDr);
  const double m = 359.2242 + 29.10535608 * static_cast<double>(k) - 0.0000333 * t2 - 0.00000347 * t3;     // sun
  const double mpr = 306.0253 + 385.81691806 * static_cast<double>(k) + 0.0107306 * t2 + 0.00001236 * t3;  // moon
  const double f = 21.2964 + 390.67050646 * static_cast<double>(k) - 0.0016528 * t2 - 0.00000239 * t3;
  double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kDr) + 0.0021 * std::sin(2 * kDr * m);
  c1 = c1 - 0.4068 * std::sin(mpr * kDr) + 0.0161 * std::sin(kDr * 2 * mpr);
  c1 = c1 - 0.0004 * std::sin(kDr * 3 * mpr);
  c1 = c1 + 0.0104 * std::sin(kDr * 2 * f) - 0.0051 * std::sin(kDr * (m + mpr));
  c1 = c1 - 0.0074 * std::sin(kDr * (m - mpr)) + 0.0004 * std::sin(kDr * (2 * f + m));
  c1 = c1 - 0.0004 * std::sin(kDr * (2 * f - m)) - 0.0006 * std::sin(kDr * (2 * f + mpr));
  c1 = c1 + 0.0010 * std::sin(kDr * (2 * f - mpr)) + 0.0005 * std::sin(kDr * (2 * mpr + m));
  const double delta_t = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - delta_t;
}

// The local day (Julian day number) of the k-th new moon.
long new_moon_day(long k) { return floor_long(new_moon(k) + 0.5 + kTimeZone / 24.0); }

// The sun's apparent longitude in radians, [0, 2π), at Julian day jdn (UT).
double sun_longitude(double jdn) {
  const double t = (jdn - 2451545.0) / 36525;  // Julian centuries from J2000
  const double t2 = t * t;
  const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;  // mean anomaly
  const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;                       // mean longitude
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kDr * m);
  dl += (0.019993 - 0.000101 * t) * std::sin(kDr * 2 * m) + 0.000290 * std::sin(kDr * 3 * m);
  double l = (l0 + dl) * kDr;
  l -= kPi * 2 * std::floor(l / (kPi * 2));
  return l;
}

// The major solar term (0-11, 30° each) in which the local day `day` begins.
long sun_term(long day) {
  return floor_long(sun_longitude(static_cast<double>(day) - 0.5 - kTimeZone / 24.0) / kPi * 6);
}

// The first day of the 11th lunar month (the one holding the winter solstice) of Gregorian year `year`.
long lunar_month_11(int year) {
  const long off = jd_of(Date::from_ymd(year, 12, 31)) - 2415021;
  const long k = floor_long(static_cast<double>(off) / kSynodicMonth);
  long nm = new_moon_day(k);
  if (sun_term(nm) >= 9) nm = new_moon_day(k - 1);
  return nm;
}

// In a lunar year of 13 months starting at month 11 `a11`: the offset of the leap month, the first month
// holding no major solar term.
int leap_month_offset(long a11) {
  const long k = floor_long((static_cast<double>(a11) - kNewMoon0) / kSynodicMonth + 0.5);
  int i = 1;
  long arc = sun_term(new_moon_day(k + i));
  long last = 0;
  do {
    last = arc;
    ++i;
    arc = sun_term(new_moon_day(k + i));
  } while (arc != last && i < 14);
  return i - 1;
}

}  // namespace

Date lunar_to_solar(const LunarDate& lunar) {
  if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return {};
  long a11 = 0, b11 = 0;
  if (lunar.month < 11) {
    a11 = lunar_month_11(lunar.year - 1);
    b11 = lunar_month_11(lunar.year);
  } else {
    a11 = lunar_month_11(lunar.year);
    b11 = lunar_month_11(lunar.year + 1);
  }
  const long k = floor_long(0.5 + (static_cast<double>(a11) - kNewMoon0) / kSynodicMonth);
  int off = lunar.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const int leap_off = leap_month_offset(a11);
    int leap_month = leap_off - 2;
    if (leap_month <= 0) leap_month += 12;
    if (lunar.leap && lunar.month != leap_month) return {};
    if (lunar.leap || off >= leap_off) off += 1;
  } else if (lunar.leap) {
    return {};
  }
  const long month_start = new_moon_day(k + off);
  return date_of_jd(month_start + lunar.day - 1);
}

LunarDate solar_to_lunar(Date solar) {
  const long day = jd_of(solar);
  const int yy = solar.year();
  const long k = floor_long((static_cast<double>(day) - kNewMoon0) / kSynodicMonth);
  long month_start = new_moon_day(k + 1);
  if (month_start > day) month_start = new_moon_day(k);
  long a11 = lunar_month_11(yy), b11 = a11;
  int lunar_year = 0;
  if (a11 >= month_start) {
    lunar_year = yy;
    a11 = lunar_month_11(yy - 1);
  } else {
    lunar_year = yy + 1;
    b11 = lunar_month_11(yy + 1);
  }
  LunarDate out;
  out.day = static_cast<int>(day - month_start + 1);
  const int diff = static_cast<int>((month_start - a11) / 29);
  out.month = diff + 11;
  if (b11 - a11 > 365) {
    const int leap_diff = leap_month_offset(a11);
    if (diff >= leap_diff) {
      out.month = diff + 10;
      out.leap = diff == leap_diff;
    }
  }
  if (out.month > 12) out.month -= 12;
  if (out.month >= 11 && diff < 4) lunar_year -= 1;
  out.year = lunar_year;
  return out;
}

}  // namespace kiemtra::core
