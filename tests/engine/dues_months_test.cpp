// The dues rules' per-member shortcut for the party-age exemption gives exempt_in's answer, month by month.
#include <gtest/gtest.h>

#include "dues/dues_months.hpp"

namespace {

using namespace kiemtra;
using kiemtra::plugins::dues::exempt_in;
using kiemtra::plugins::dues::ExemptMonths;

TEST(DuesMonths, ExemptMonthsAgreesWithExemptInForEveryDayOfAdmission) {
  // Every admission day over four years (leap days and month ends among them), three numbers of years asked in
  // turn as editions change, every month of a window long after.
  int exempt = 0;
  for (Date admitted = Date::from_ymd(1979, 1, 1); admitted <= Date::from_ymd(1982, 12, 31);
       admitted = admitted.plus_days(1)) {
    Member m;
    m.admitted_on = admitted;
    ExemptMonths shortcut(m);
    for (Month month = Month::of(2019, 1); month <= Month::of(2022, 12); month = month.plus(1)) {
      const std::int64_t years = month.year() == 2021 ? 42 : month.year() == 2022 ? 0 : 40;
      ASSERT_EQ(shortcut(month, years), exempt_in(m, month, years)) << admitted.iso() << ' ' << month.iso();
      exempt += exempt_in(m, month, years);
    }
  }
  EXPECT_GT(exempt, 0);  // the comparison saw both answers
}

TEST(DuesMonths, ExemptMonthsCountsFromTheDecisionAndNothingWithoutADate) {
  Member m;
  ExemptMonths none(m);
  EXPECT_FALSE(none(Month::of(2019, 5), 30));
  m.admitted_on = Date::from_ymd(1980, 3, 1);
  m.decision_on = Date::from_ymd(1989, 3, 2);
  ExemptMonths from_decision(m);
  EXPECT_FALSE(from_decision(Month::of(2019, 3), 30));  // full on 2019-03-02: April is the first month
  EXPECT_TRUE(from_decision(Month::of(2019, 4), 30));
  EXPECT_FALSE(from_decision(Month::of(2030, 1), 0));   // no exemption in this edition
}

}  // namespace
