// Checks the SDK's date arithmetic the rules rely on.
#include <gtest/gtest.h>
#include <kiemtra/date.hpp>

using kiemtra::Date;

TEST(Date, RoundTripsAndClampsMonths) {
  const Date d = Date::from_ymd(2019, 1, 31);
  EXPECT_EQ(d.plus_months(1), Date::from_ymd(2019, 2, 28));
  EXPECT_EQ(Date::from_ymd(2020, 1, 31).plus_months(1), Date::from_ymd(2020, 2, 29));
  EXPECT_EQ(Date::from_ymd(1970, 1, 1).days, 0);
  EXPECT_EQ(Date::from_ymd(2019, 9, 30).iso(), "2019-09-30");
  EXPECT_EQ(Date::from_ymd(2019, 9, 30).vn(), "30/09/2019");
  EXPECT_EQ(Date::from_ymd(2026, 11, 26).weekday(), 3);  // Thursday
  EXPECT_EQ(kiemtra::full_years(Date::from_ymd(2001, 9, 30), Date::from_ymd(2019, 9, 30)), 18);
  EXPECT_EQ(kiemtra::full_years(Date::from_ymd(2001, 10, 1), Date::from_ymd(2019, 9, 30)), 17);
  EXPECT_EQ(kiemtra::full_months(Date::from_ymd(2019, 1, 31), Date::from_ymd(2019, 2, 28)), 1);
  EXPECT_FALSE(Date::is_valid_ymd(2019, 2, 29));
  EXPECT_TRUE(Date::is_valid_ymd(2020, 2, 29));
}
