// The calendar of a profile: holidays and make-up working days merged over the base profiles' (and the built-in).
#include <gtest/gtest.h>

#include <algorithm>

#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

TEST(ConfigCalendar, MergedOverTheBaseSortedWithoutDuplicates) {
  // 2035 is outside the built-in calendar (2010-2030), so the days seen there are the profiles' own.
  ProfileDir d("calendar-merge");
  d.write("base.yaml", "calendar:\n  holidays: [2035-09-03, 2035-04-30]\n");
  const auto f = d.write("p.yaml", R"(extends: base.yaml
calendar:
  holidays: [2035-09-04, 03/09/2035]
  working_days:
    - 2035-10-13
)");
  const Config c = load_config_file(f, {}, fake_rules());
  const auto from_2035 = [](const std::vector<Date>& days) {
    return std::vector<Date>(std::lower_bound(days.begin(), days.end(), ymd(2035, 1, 1)), days.end());
  };
  EXPECT_EQ(from_2035(c.calendar.holidays), (std::vector<Date>{ymd(2035, 4, 30), ymd(2035, 9, 3), ymd(2035, 9, 4)}));
  EXPECT_EQ(from_2035(c.calendar.extra_working_days), std::vector<Date>{ymd(2035, 10, 13)});
  // What the rules see: Monday 3 and Tuesday 4 September are off, Saturday 13 October is worked.
  EXPECT_FALSE(c.calendar.is_working_day(ymd(2035, 9, 4)));
  EXPECT_TRUE(c.calendar.is_working_day(ymd(2035, 10, 13)));
  EXPECT_EQ(c.calendar.add_working_days(ymd(2035, 8, 31), 1), ymd(2035, 9, 5));
}

TEST(ConfigCalendar, BadCalendarEntriesAreLocated) {
  ProfileDir d("calendar-bad");
  const auto f = d.write("p.yaml", R"(calendar:
  holidays: [2019-09-02, tomorrow, 2019-02-29]
  working_days: 2019-10-12
  holiday: []
)");
  const auto p = check_texts(f);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], at(f, 4, 3) +
                      "unknown key 'holiday' in 'calendar' (did you mean 'holidays'?); the keys are: holidays, "
                      "working_days, replace");
  EXPECT_EQ(p[1], at(f, 2, 26) +
                      "element 2 of 'calendar.holidays' must be a date (YYYY-MM-DD or dd/mm/yyyy), not 'tomorrow'");
  EXPECT_EQ(p[2], at(f, 2, 36) + "element 3 of 'calendar.holidays' must be a date that exists; '2019-02-29' does not");
  EXPECT_EQ(p[3], at(f, 3, 17) + "'calendar.working_days' must be a list of dates, not '2019-10-12'");
  const auto g = d.write("q.yaml", "calendar: [2019-09-02]\n");
  EXPECT_EQ(check_texts(g),
            std::vector<std::string>{at(g, 1, 11) + "'calendar' must be a map with holidays and working_days"});
}

}  // namespace
}  // namespace kiemtra::core::testing
