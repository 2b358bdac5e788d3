// The built-in calendar: the announced days off of agencies where the table has them, the Labour Code's rule
// on the lunar calendar for the other years of 2010-2030. Sources and confidence per year: docs/calendar.md.
#include "config/vietnam_holidays.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "config/lunar_calendar.hpp"

namespace kiemtra::core {
namespace {

bool weekend(Date d) { return d.weekday() >= 5; }

// The extra National Day holiday from 2021 (Labour Code 2019, Art. 112: "01 ngày liền kề"): the day that
// joins 2 September to a weekend where one is near, as every announcement of 2021-2025 chose it (2021 Thu ->
// 3/9, 2022 Fri -> 1/9, 2023 Sat -> 1/9, 2024 Mon -> 3/9, 2025 Tue -> 1/9).
Date national_day_extra(int year) {
  const Date national = Date::from_ymd(year, 9, 2);
  switch (national.weekday()) {
    case 0:  // Monday: 1/9 is a Sunday
    case 3:  // Thursday: Friday joins the weekend
    case 6:  // Sunday: 3/9 and its compensating day follow
      return Date::from_ymd(year, 9, 3);
    default: return Date::from_ymd(year, 9, 1);
  }
}

// The announced days off of agencies (weekdays only) and the Saturdays worked in exchange, by year. Each year
// lists what the Prime Minister's decision / the Ministry's notice of that year set; docs/calendar.md gives
// the notices and how sure each year is.
struct Md {
  int month;
  int day;
};
struct OfficialYear {
  int year;
  std::vector<Md> holidays;
  std::vector<Md> working_days;
};

const std::vector<OfficialYear>& official_years() {
  // One line per occasion, as the notices list them: kept by hand, not by clang-format.
  // clang-format off
  static const std::vector<OfficialYear> years = {
      {2018,
       {{1, 1},                                    // New Year
        {2, 14}, {2, 15}, {2, 16}, {2, 19}, {2, 20},  // Tết Mậu Tuất: 14/2 - 20/2
        {4, 25},                                   // Hùng Kings' day
        {4, 30}, {5, 1},                           //
        {9, 3},                                    // National Day fell on a Sunday
        {12, 31}},                                 // swapped with Saturday 05/01/2019
       {}},
      {2019,
       {{1, 1},
        {2, 4}, {2, 5}, {2, 6}, {2, 7}, {2, 8},  // Tết Kỷ Hợi: 2/2 - 10/2
        {4, 15},                               // Hùng Kings' day fell on Sunday 14/4
        {4, 29},                               // swapped with Saturday 04/05/2019
        {4, 30}, {5, 1},
        {9, 2}},
       {{1, 5}, {5, 4}}},
      {2020,
       {{1, 1},
        {1, 23}, {1, 24}, {1, 27}, {1, 28}, {1, 29},  // Tết Canh Tý: 23/1 - 29/1
        {4, 2},
        {4, 30}, {5, 1},
        {9, 2}},
       {}},
      {2021,
       {{1, 1},
        {2, 10}, {2, 11}, {2, 12}, {2, 15}, {2, 16},  // Tết Tân Sửu: 10/2 - 16/2
        {4, 21},
        {4, 30}, {5, 3},  // 1/5 fell on a Saturday
        {9, 2}, {9, 3}},  // Labour Code 2019: a second day of National Day
       {}},
      {2022,
       {{1, 3},                                     // New Year fell on a Saturday
        {1, 31}, {2, 1}, {2, 2}, {2, 3}, {2, 4},    // Tết Nhâm Dần: 29/1 - 6/2
        {4, 11},                                    // Hùng Kings' day fell on Sunday 10/4
        {5, 2}, {5, 3},                             // 30/4 on a Saturday, 1/5 on a Sunday
        {9, 1}, {9, 2}},
       {}},
      {2023,
       {{1, 2},                                     // New Year fell on a Sunday
        {1, 20}, {1, 23}, {1, 24}, {1, 25}, {1, 26},  // Tết Quý Mão: 20/1 - 26/1
        {5, 1}, {5, 2}, {5, 3},                     // Hùng Kings' day (Sat 29/4) and 30/4 (Sun): 29/4 - 3/5
        {9, 1}, {9, 4}},                            // National Day fell on a Saturday: 1/9 - 4/9
       {}},
      {2024,
       {{1, 1},
        {2, 8}, {2, 9}, {2, 12}, {2, 13}, {2, 14},  // Tết Giáp Thìn: 8/2 - 14/2
        {4, 18},
        {4, 29},  // swapped with Saturday 04/05/2024
        {4, 30}, {5, 1},
        {9, 2}, {9, 3}},
       {{5, 4}}},
      {2025,
       {{1, 1},
        {1, 27}, {1, 28}, {1, 29}, {1, 30}, {1, 31},  // Tết Ất Tỵ: 25/1 - 2/2
        {4, 7},
        {4, 30}, {5, 1},
        {5, 2},  // swapped with Saturday 26/04/2025
        {9, 1}, {9, 2}},
       {{4, 26}}},
      {2026,
       {{1, 1},
        {1, 2},                                     // swapped with Saturday 10/01/2026
        {2, 16}, {2, 17}, {2, 18}, {2, 19}, {2, 20},  // Tết Bính Ngọ: 14/2 - 22/2
        {4, 27},                                    // Hùng Kings' day falls on Sunday 26/4
        {4, 30}, {5, 1},
        {9, 1}, {9, 2}},  // the second day by the rule above: not announced when this table was written
       {{1, 10}}},
  };
  // clang-format on
  return years;
}

HolidayYear from_table(const OfficialYear& y) {
  HolidayYear out;
  out.year = y.year;
  out.source = HolidaySource::official;
  for (const Md& md : y.holidays) out.holidays.push_back(Date::from_ymd(y.year, md.month, md.day));
  for (const Md& md : y.working_days) out.working_days.push_back(Date::from_ymd(y.year, md.month, md.day));
  std::sort(out.holidays.begin(), out.holidays.end());
  std::sort(out.working_days.begin(), out.working_days.end());
  return out;
}

std::array<HolidayYear, kBuiltinLastYear - kBuiltinFirstYear + 1> build_years() {
  std::array<HolidayYear, kBuiltinLastYear - kBuiltinFirstYear + 1> years;
  for (int y = kBuiltinFirstYear; y <= kBuiltinLastYear; ++y) years[y - kBuiltinFirstYear] = computed_holidays(y);
  for (const OfficialYear& o : official_years()) years[o.year - kBuiltinFirstYear] = from_table(o);
  return years;
}

const std::array<HolidayYear, kBuiltinLastYear - kBuiltinFirstYear + 1>& all_years() {
  static const auto years = build_years();
  return years;
}

}  // namespace

HolidayYear computed_holidays(int year) {
  std::set<Date> days;  // the holidays themselves, weekends included
  days.insert(Date::from_ymd(year, 1, 1));
  const Date tet = lunar_new_year(year);
  if (year < 2014) {
    // The Labour Code of 1994 (as amended in 2007): 4 days, the last day of the lunar year and the first 3 of
    // the new one; weekend days among them move to the next working days below.
    for (int i = -1; i < 3; ++i) days.insert(tet.plus_days(i));
  }
  days.insert(hung_kings_day(year));  // a public holiday since 2007
  days.insert(Date::from_ymd(year, 4, 30));
  days.insert(Date::from_ymd(year, 5, 1));
  days.insert(Date::from_ymd(year, 9, 2));
  if (year >= 2021) days.insert(national_day_extra(year));

  // A holiday on a weekend gives the next working day off (Labour Code 2012 Art. 115.3, 2019 Art. 112.3).
  std::set<Date> off = days;
  for (Date h : days) {
    if (!weekend(h)) continue;
    Date d = h.plus_days(1);
    while (weekend(d) || off.count(d)) d = d.plus_days(1);
    off.insert(d);
  }
  if (year >= 2014) {
    // The Labour Code of 2012 (in force from 1 May 2013) gives 5 days of Tết and lets the Prime Minister place
    // them; every announcement the table holds (2018-2026) placed them as the 5 weekdays from 2 days before
    // Tết (from the next Monday when that day is a weekend), so that is the rule for the other years.
    Date d = tet.plus_days(-2);
    for (int n = 0; n < 5; d = d.plus_days(1)) {
      if (weekend(d) || off.count(d)) continue;
      off.insert(d);
      ++n;
    }
  }
  HolidayYear out;
  out.year = year;
  out.source = HolidaySource::computed;
  for (Date d : off)
    if (!weekend(d)) out.holidays.push_back(d);
  return out;
}

const HolidayYear& builtin_holidays(int year) {
  static const HolidayYear none;
  if (year < kBuiltinFirstYear || year > kBuiltinLastYear) return none;
  return all_years()[year - kBuiltinFirstYear];
}

const Calendar& builtin_calendar() {
  static const Calendar calendar = [] {
    Calendar c;
    for (const HolidayYear& y : all_years()) {
      c.holidays.insert(c.holidays.end(), y.holidays.begin(), y.holidays.end());
      c.extra_working_days.insert(c.extra_working_days.end(), y.working_days.begin(), y.working_days.end());
    }
    std::sort(c.holidays.begin(), c.holidays.end());
    std::sort(c.extra_working_days.begin(), c.extra_working_days.end());
    return c;
  }();
  return calendar;
}

}  // namespace kiemtra::core
