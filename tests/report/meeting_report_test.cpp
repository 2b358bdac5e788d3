// Reports for a meeting (issue 20): one number format per language, local times with their zone, every rule
// that ran with its outcome, expand / collapse all and a print view that prints everything.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <sstream>

#include "report/rule_outcomes.hpp"
#include "report_fixture.hpp"
#include "util/local_time.hpp"
#include "util/numbers.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

TEST(Numbers, OneFormatPerLanguage) {
  EXPECT_EQ(format_count(2774, "vi"), "2.774");
  EXPECT_EQ(format_count(2774, "en"), "2,774");
  EXPECT_EQ(format_count(999, "vi"), "999");
  EXPECT_EQ(format_count(-1234567, "vi"), "-1.234.567");
  EXPECT_EQ(format_count(INT64_MIN, "en"), "-9,223,372,036,854,775,808");
  EXPECT_EQ(format_percent(95.34, 1, "vi"), "95,3 %");
  EXPECT_EQ(format_percent(95.34, 1, "en"), "95.3%");
  EXPECT_EQ(format_percent(0, 1, "vi"), "0,0 %");
  EXPECT_EQ(format_decimal(1234.5, 1, "vi"), "1.234,5");
  EXPECT_EQ(format_decimal(1234.5, 1, "en"), "1,234.5");
  EXPECT_EQ(format_decimal(-0.04, 1, "en"), "0.0");
}

/// Sets TZ for one test and restores it.
struct ZoneGuard {
  std::string old;
  bool had;
  explicit ZoneGuard(const char* tz) : had(std::getenv("TZ") != nullptr) {
    if (had) old = std::getenv("TZ");
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ZoneGuard() {
    if (had) setenv("TZ", old.c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
};

TEST(LocalTime, HistoryTimesAreShownInTheReadersZoneWithTheZone) {
  {
    ZoneGuard tz("Asia/Ho_Chi_Minh");
    EXPECT_EQ(display_time("2026-12-04T08:37:31+0000", "vi"), "04/12/2026 15:37:31 +07:00");
    EXPECT_EQ(display_time("2026-12-04T08:37:31Z", "en"), "2026-12-04 15:37:31 +07:00");
    EXPECT_EQ(display_time("2026-12-04T15:37:31+07:00", "en"), "2026-12-04 15:37:31 +07:00");
  }
  {
    ZoneGuard tz("UTC");
    EXPECT_EQ(display_time("2026-12-04T15:37:31+0700", "en"), "2026-12-04 08:37:31 +00:00");
  }
  EXPECT_EQ(display_time("not a time", "en"), "not a time");
}

TEST(RuleOutcomes, EveryRuleThatRanIsPassedFailedOrBroke) {
  const ReportFixture fx;
  const auto outcomes = rule_outcomes(fx.result);
  auto find = [&](const std::string& id) {
    for (const auto& o : outcomes)
      if (o.id == id) return o;
    ADD_FAILURE() << id;
    return RuleOutcome{};
  };
  EXPECT_TRUE(find("integrity/quiet").passed());
  EXPECT_FALSE(find("structure/min-official").passed());
  EXPECT_GT(sum(find("structure/min-official").counts), 0u);
  EXPECT_TRUE(find("structure/boom").broke);
  const auto t = outcome_totals(outcomes);
  EXPECT_EQ(t.run, t.passed + t.failed + t.broke);
  EXPECT_EQ(t.broke, 1u);
}

std::string html_of(const ReportFixture& fx, const std::string& lang) {
  std::ostringstream out;
  write_html(fx.report(lang), out);
  return out.str();
}

TEST(HtmlForAMeeting, ListsEveryRuleThatRanWithItsOutcome) {
  const ReportFixture fx;
  const std::string vi = html_of(fx, "vi");
  EXPECT_NE(vi.find("<section id=\"rules-run\">"), std::string::npos);
  EXPECT_NE(vi.find("Các quy tắc đã chạy"), std::string::npos);
  EXPECT_NE(vi.find("data-rule=\"integrity/quiet\" data-result=\"passed\""), std::string::npos);
  EXPECT_NE(vi.find("data-rule=\"structure/min-official\" data-result=\"failed\""), std::string::npos);
  EXPECT_NE(vi.find("data-rule=\"structure/boom\" data-result=\"broke\""), std::string::npos);
  EXPECT_NE(vi.find(">Đạt<"), std::string::npos);
  // The script groups the tree's counts with the same mark as the static numbers.
  EXPECT_NE(vi.find("\"thousands\":\".\""), std::string::npos);
  const std::string en = html_of(fx, "en");
  EXPECT_NE(en.find("Rules run"), std::string::npos);
  EXPECT_NE(en.find(">Passed<"), std::string::npos);
  EXPECT_NE(en.find("\"thousands\":\",\""), std::string::npos);
}

TEST(HtmlForAMeeting, HasExpandAllCollapseAllAndAPrintViewThatOpensEverything) {
  const std::string vi = html_of(ReportFixture{}, "vi");
  EXPECT_NE(vi.find("id=\"f-expand\" type=\"button\">Mở tất cả<"), std::string::npos);
  EXPECT_NE(vi.find("id=\"f-collapse\" type=\"button\">Đóng tất cả<"), std::string::npos);
  EXPECT_NE(vi.find("id=\"f-print\""), std::string::npos);
  EXPECT_NE(vi.find("@media print"), std::string::npos);
  EXPECT_NE(vi.find("beforeprint"), std::string::npos);
  EXPECT_NE(vi.find("Bản in mở toàn bộ cây"), std::string::npos);
  const std::string en = html_of(ReportFixture{}, "en");
  EXPECT_NE(en.find(">Expand all<"), std::string::npos);
  EXPECT_NE(en.find(">Collapse all<"), std::string::npos);
}

}  // namespace
