// The built-in calendar: the lunar calendar it stands on, the announced and computed years, and profiles that
// add to it or replace it.
#include <gtest/gtest.h>

#include <algorithm>

#include "config/lunar_calendar.hpp"
#include "config/vietnam_holidays.hpp"
#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

// The public holidays the law gives in a year: 9 days to 2013 (Tết of 4 days), 10 from Tết 2014, 11 from 2021.
std::size_t legal_days(int year) { return year < 2014 ? 9 : year < 2021 ? 10 : 11; }

bool contains(const std::vector<Date>& v, Date d) { return std::binary_search(v.begin(), v.end(), d); }

TEST(LunarCalendar, TetOfEveryYearOfTheBuiltinCalendar) {
  // Tết Nguyên đán 2010-2030, as printed on Vietnamese calendars (2030: 2 February, a day before China's).
  const Date expected[] = {ymd(2010, 2, 14), ymd(2011, 2, 3),  ymd(2012, 1, 23), ymd(2013, 2, 10), ymd(2014, 1, 31),
                           ymd(2015, 2, 19), ymd(2016, 2, 8),  ymd(2017, 1, 28), ymd(2018, 2, 16), ymd(2019, 2, 5),
                           ymd(2020, 1, 25), ymd(2021, 2, 12), ymd(2022, 2, 1),  ymd(2023, 1, 22), ymd(2024, 2, 10),
                           ymd(2025, 1, 29), ymd(2026, 2, 17), ymd(2027, 2, 6),  ymd(2028, 1, 26), ymd(2029, 2, 13),
                           ymd(2030, 2, 2)};
  for (int y = 2010; y <= 2030; ++y) EXPECT_EQ(lunar_new_year(y).iso(), expected[y - 2010].iso()) << y;
}

TEST(LunarCalendar, ReckonedAtVietnamsTimeNotChinas) {
  // The years where UTC+7 and UTC+8 put the new moon on different days: Vietnam's Tết comes a day (2007, 2030)
  // or a month (1985) before China's.
  EXPECT_EQ(lunar_new_year(2007), ymd(2007, 2, 17));
  EXPECT_EQ(lunar_new_year(2030), ymd(2030, 2, 2));
  EXPECT_EQ(lunar_new_year(1985), ymd(1985, 1, 21));
}

TEST(LunarCalendar, HungKingsDay) {
  EXPECT_EQ(hung_kings_day(2019), ymd(2019, 4, 14));
  EXPECT_EQ(hung_kings_day(2020), ymd(2020, 4, 2));   // a year with a leap 4th month
  EXPECT_EQ(hung_kings_day(2023), ymd(2023, 4, 29));  // a year with a leap 2nd month
  EXPECT_EQ(hung_kings_day(2024), ymd(2024, 4, 18));
  EXPECT_EQ(hung_kings_day(2025), ymd(2025, 4, 7));
  EXPECT_EQ(hung_kings_day(2026), ymd(2026, 4, 26));
}

TEST(LunarCalendar, SolarToLunarAndBack) {
  EXPECT_EQ(solar_to_lunar(ymd(2019, 2, 5)), (LunarDate{1, 1, 2019, false}));
  EXPECT_EQ(solar_to_lunar(ymd(2019, 2, 4)), (LunarDate{30, 12, 2018, false}));  // 30 Tết Mậu Tuất
  EXPECT_EQ(solar_to_lunar(ymd(2023, 3, 22)), (LunarDate{1, 2, 2023, true}));    // the leap 2nd month of 2023
  EXPECT_FALSE(lunar_to_solar({1, 5, 2023, true}).valid());                      // 2023 has no leap 5th month
  for (Date d = ymd(2009, 12, 1); d <= ymd(2031, 1, 31); d = d.plus_days(1)) {
    const LunarDate l = solar_to_lunar(d);
    ASSERT_EQ(lunar_to_solar(l), d) << d.iso();
  }
}

TEST(BuiltinCalendar, OfficialYearsAsAnnounced) {
  const Calendar& c = builtin_calendar();
  // Tết Kỷ Hợi 2019: Monday 4 to Friday 8 February off; make-up Saturday 4 May for Monday 29 April.
  for (int d = 4; d <= 8; ++d) EXPECT_FALSE(c.is_working_day(ymd(2019, 2, d))) << d;
  EXPECT_TRUE(c.is_working_day(ymd(2019, 2, 11)));
  EXPECT_FALSE(c.is_working_day(ymd(2019, 4, 29)));
  EXPECT_TRUE(c.is_working_day(ymd(2019, 5, 4)));
  // Tết Bính Ngọ 2026: Monday 16 to Friday 20 February; New Year's Friday 2 January swapped with Saturday 10.
  for (int d = 16; d <= 20; ++d) EXPECT_FALSE(c.is_working_day(ymd(2026, 2, d))) << d;
  EXPECT_FALSE(c.is_working_day(ymd(2026, 1, 2)));
  EXPECT_TRUE(c.is_working_day(ymd(2026, 1, 10)));
  // National Day on a Saturday (2023): Friday 1 and Monday 4 September.
  EXPECT_FALSE(c.is_working_day(ymd(2023, 9, 1)));
  EXPECT_FALSE(c.is_working_day(ymd(2023, 9, 4)));
  EXPECT_EQ(builtin_holidays(2019).source, HolidaySource::official);
  EXPECT_EQ(builtin_holidays(2015).source, HolidaySource::computed);
}

TEST(BuiltinCalendar, EveryDayOffIsAccountedFor) {
  // Each year holds the days the law gives plus one per swapped day (a swap moves a working day to a Saturday,
  // possibly in the next year: 31/12/2018 for 5/1/2019), so a typo or a missing day in the table shows here.
  const Calendar& c = builtin_calendar();
  std::size_t legal = 0;
  for (int y = kBuiltinFirstYear; y <= kBuiltinLastYear; ++y) legal += legal_days(y);
  EXPECT_EQ(c.holidays.size(), legal + c.extra_working_days.size());
  EXPECT_TRUE(std::is_sorted(c.holidays.begin(), c.holidays.end()));
  EXPECT_TRUE(std::adjacent_find(c.holidays.begin(), c.holidays.end()) == c.holidays.end());
  for (Date d : c.holidays) {
    EXPECT_LT(d.weekday(), 5) << d.iso() << " is listed but falls on a weekend";
    EXPECT_GE(d.year(), kBuiltinFirstYear);
    EXPECT_LE(d.year(), kBuiltinLastYear);
  }
  for (Date d : c.extra_working_days) EXPECT_EQ(d.weekday(), 5) << d.iso() << " is not a Saturday";
  for (int y = kBuiltinFirstYear; y <= kBuiltinLastYear; ++y) {
    // Tết, New Year, 30/4, 1/5 and 2/9 (or the weekday they moved to) are off in every year.
    const HolidayYear& h = builtin_holidays(y);
    const Date tet = lunar_new_year(y);
    const auto off_near = [&](Date d) {
      for (int i = -3; i <= 3; ++i)
        if (contains(h.holidays, d.plus_days(i))) return true;
      return false;
    };
    EXPECT_TRUE(off_near(tet)) << y;
    EXPECT_TRUE(off_near(hung_kings_day(y))) << y;
    EXPECT_TRUE(off_near(ymd(y, 1, 1))) << y;
    EXPECT_TRUE(off_near(ymd(y, 5, 1))) << y;
    EXPECT_TRUE(off_near(ymd(y, 9, 2))) << y;
  }
}

TEST(BuiltinCalendar, ComputedYearsFollowTheLabourCode) {
  for (int y = kBuiltinFirstYear; y <= kBuiltinLastYear; ++y)
    EXPECT_EQ(computed_holidays(y).holidays.size(), legal_days(y)) << y;
  // 2022's announcement is exactly the rule: nothing swapped.
  EXPECT_EQ(computed_holidays(2022).holidays, builtin_holidays(2022).holidays);
  // The rule places Tết as every announced year did (so the computed years are likely right too).
  for (int y = kBuiltinFirstYear; y <= kBuiltinLastYear; ++y) {
    if (builtin_holidays(y).source != HolidaySource::official) continue;
    const Date tet = lunar_new_year(y);
    const auto tet_week = [&](const std::vector<Date>& days) {
      std::vector<Date> out;
      for (Date d : days)
        if (d >= tet.plus_days(-7) && d <= tet.plus_days(7)) out.push_back(d);
      return out;
    };
    EXPECT_EQ(tet_week(computed_holidays(y).holidays), tet_week(builtin_holidays(y).holidays)) << y;
  }
  // 2017, Tết on Saturday 28 January: Thursday 26 to Wednesday 1 February.
  const HolidayYear y2017 = computed_holidays(2017);
  for (Date d : {ymd(2017, 1, 26), ymd(2017, 1, 27), ymd(2017, 1, 30), ymd(2017, 1, 31), ymd(2017, 2, 1)})
    EXPECT_TRUE(contains(y2017.holidays, d)) << d.iso();
  EXPECT_FALSE(contains(y2017.holidays, ymd(2017, 2, 2)));
  // 2012, four days of Tết from Sunday 22 January (30 Tết): Monday-Wednesday, and Thursday for the Sunday.
  const HolidayYear y2012 = computed_holidays(2012);
  for (int d = 23; d <= 26; ++d) EXPECT_TRUE(contains(y2012.holidays, ymd(2012, 1, d))) << d;
  EXPECT_FALSE(contains(y2012.holidays, ymd(2012, 1, 27)));
  EXPECT_TRUE(contains(y2012.holidays, ymd(2012, 1, 2)));  // 1 January was a Sunday
  // 2016: Hùng Kings' day on Saturday 16 April -> Monday 18; 30/4 and 1/5 on a weekend -> 2 and 3 May.
  const HolidayYear y2016 = computed_holidays(2016);
  EXPECT_TRUE(contains(y2016.holidays, ymd(2016, 4, 18)));
  EXPECT_TRUE(contains(y2016.holidays, ymd(2016, 5, 2)));
  EXPECT_TRUE(contains(y2016.holidays, ymd(2016, 5, 3)));
  // 2020 and before: no second day of National Day; from 2021 one. 2028 (Saturday): Friday 1/9 and Monday 4/9.
  EXPECT_FALSE(contains(computed_holidays(2020).holidays, ymd(2020, 9, 1)));
  EXPECT_FALSE(contains(computed_holidays(2020).holidays, ymd(2020, 9, 3)));
  EXPECT_TRUE(contains(builtin_holidays(2028).holidays, ymd(2028, 9, 1)));
  EXPECT_TRUE(contains(builtin_holidays(2028).holidays, ymd(2028, 9, 4)));
  EXPECT_TRUE(contains(builtin_holidays(2027).holidays, ymd(2027, 9, 3)));  // Thursday 2/9: Friday joins
}

TEST(BuiltinCalendar, WorkingDayDeadlinesSkipTheHolidays) {
  const Calendar& c = builtin_calendar();
  // The working day after Wednesday 7 February 2024 is Thursday 15, after Tết.
  EXPECT_EQ(c.add_working_days(ymd(2024, 2, 7), 1), ymd(2024, 2, 15));
  // Outside the years covered only weekends are off.
  EXPECT_EQ(c.add_working_days(ymd(2035, 9, 1), 1), ymd(2035, 9, 3));
}

TEST(BuiltinCalendar, EveryConfigurationStartsFromIt) {
  const Config d = default_config(fake_rules());
  EXPECT_EQ(d.calendar.holidays, builtin_calendar().holidays);
  EXPECT_EQ(d.calendar.extra_working_days, builtin_calendar().extra_working_days);
  ProfileDir dir("calendar-builtin");
  const auto f = dir.write("p.yaml", "calendar:\n  holidays: [2035-09-04]\n  working_days: [2024-02-08]\n");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(c.calendar.holidays.size(), builtin_calendar().holidays.size() + 1);
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2019, 2, 5)));  // built-in, kept
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2035, 9, 4)));  // added
  EXPECT_TRUE(c.calendar.is_working_day(ymd(2024, 2, 8)));   // a built-in holiday worked again
}

TEST(BuiltinCalendar, ReplaceDropsTheDaysKnownSoFar) {
  ProfileDir d("calendar-replace");
  d.write("base.yaml", "calendar:\n  holidays: [2035-01-02]\n");
  // `replace` written after the lists still applies first: the lists are this profile's whole calendar.
  const auto f = d.write("p.yaml", R"(extends: base.yaml
calendar:
  holidays: [2019-09-03]
  working_days: [2019-10-12]
  replace: true
)");
  const Config c = load_config_file(f, {}, fake_rules());
  EXPECT_EQ(c.calendar.holidays, std::vector<Date>{ymd(2019, 9, 3)});
  EXPECT_EQ(c.calendar.extra_working_days, std::vector<Date>{ymd(2019, 10, 12)});
  EXPECT_TRUE(c.calendar.is_working_day(ymd(2019, 9, 2)));  // the built-in National Day is gone
  // A profile on top of a replaced calendar adds to it again.
  const auto g = d.write("q.yaml", "extends: p.yaml\ncalendar: {holidays: [2019-09-04]}\n");
  EXPECT_EQ(load_config_file(g, {}, fake_rules()).calendar.holidays,
            (std::vector<Date>{ymd(2019, 9, 3), ymd(2019, 9, 4)}));
  // replace: false changes nothing; replace with nothing else empties the calendar.
  const auto h = d.write("r.yaml", "calendar: {replace: false}\n");
  EXPECT_EQ(load_config_file(h, {}, fake_rules()).calendar.holidays, builtin_calendar().holidays);
  const auto e = d.write("s.yaml", "calendar: {replace: yes}\n");
  EXPECT_TRUE(load_config_file(e, {}, fake_rules()).calendar.holidays.empty());
}

TEST(BuiltinCalendar, ReplaceMustBeABoolean) {
  ProfileDir d("calendar-replace-bad");
  const auto f = d.write("p.yaml", "calendar:\n  replace: sometimes\n");
  const auto p = check_texts(f);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], at(f, 2, 12) + "'calendar.replace' must be true or false, not 'sometimes'");
}

}  // namespace
}  // namespace kiemtra::core::testing
