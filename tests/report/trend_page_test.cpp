// The nightly trend page's parts: which organizations rose, the 30-day window, the per-night charts.
#include "report/trend_page.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "report/svg_time_chart.hpp"

namespace kiemtra::core {
namespace {

TrendNight night(std::int64_t run, const std::string& day) {
  TrendNight t;
  t.run = run;
  t.started_at = day + "T22:00:00+0700";
  return t;
}

TEST(TrendPage, RisesAreTheLargestIncreasesOnlyMostFirst) {
  const OrgTotals before = {{"A", {"Đảng bộ › A", 5}}, {"B", {"B", 1}}, {"C", {"C", 9}}};
  const OrgTotals now = {{"A", {"Đảng bộ › A", 6}}, {"B", {"B", 4}}, {"C", {"C", 2}}, {"D", {"D", 2}}};
  const auto rises = top_rises(before, now, 10);
  ASSERT_EQ(rises.size(), 3u);  // C fell: not listed
  EXPECT_EQ(rises[0].org_id, "B");
  EXPECT_EQ(rises[0].now - rises[0].before, 3);
  EXPECT_EQ(rises[1].org_id, "D");  // new since: counted from 0
  EXPECT_EQ(rises[1].before, 0);
  EXPECT_EQ(rises[2].org_id, "A");
  EXPECT_EQ(top_rises(before, now, 1).size(), 1u);
  EXPECT_TRUE(top_rises(now, now, 10).empty());
}

TEST(TrendPage, TheMonthStartsAtTheOldestNightWithin30Days) {
  std::vector<TrendNight> nights = {night(1, "2026-01-01"), night(2, "2026-01-20"), night(3, "2026-02-05"),
                                    night(4, "2026-02-10")};
  EXPECT_EQ(month_start(nights), 1u);  // 21 days before the newest; 1 January is 40 days before
  EXPECT_EQ(month_start({night(1, "2026-01-01")}), 1u);  // one night: nothing to compare
  EXPECT_EQ(month_start({night(1, "2025-01-01"), night(2, "2026-01-01")}), 2u);  // none within 30 days
}

TEST(TrendPage, OneNightDrawsEveryChartAndSaysThereIsNothingToCompare) {
  TrendPage p;
  p.dataset = "Đảng bộ <script>x</script>";
  p.nights = {night(7, "2026-01-01")};
  p.nights[0].counts = {1, 2, 3};
  p.nights[0].families = {{"structure", 6}};
  std::ostringstream out;
  write_trend_html(p, out);
  const std::string html = out.str();
  for (const char* id : {"trend-severity", "trend-families", "trend-changes"})
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  EXPECT_NE(html.find("data-series=\"error\" data-value=\"3\""), std::string::npos);
  EXPECT_NE(html.find("data-values=\"6\""), std::string::npos);
  EXPECT_NE(html.find("Chưa có lần chạy nào để so sánh."), std::string::npos);
  EXPECT_EQ(html.find("<script>x"), std::string::npos);
  EXPECT_NE(html.find("script-src 'none'"), std::string::npos);
}

TEST(TrendPage, NoNightsIsASentenceNotAnEmptyChart) {
  TrendPage p;
  p.lang = "en";
  std::ostringstream out;
  write_trend_html(p, out);
  EXPECT_NE(out.str().find("no complete run"), std::string::npos);
  EXPECT_EQ(out.str().find("<svg class=\"chart time\""), std::string::npos);
}

TEST(TrendPage, JsonHoldsEveryNightAndTheComparisons) {
  TrendPage p;
  p.nights = {night(1, "2026-01-01"), night(2, "2026-01-02")};
  p.nights[1].report = "/srv/r.html";
  p.previous_run = 1;
  p.since_previous = {{"A", "A", 1, 4}};
  const auto j = trend_json(p);
  ASSERT_EQ(j["nights"].size(), 2u);
  EXPECT_TRUE(j["nights"][0]["report"].is_null());
  EXPECT_EQ(j["nights"][1]["report"], "/srv/r.html");
  EXPECT_EQ(j["rose_since_previous"]["compared_with"], 1);
  EXPECT_EQ(j["rose_since_previous"]["organizations"][0]["rise"], 3);
  EXPECT_TRUE(j["rose_over_30_days"]["compared_with"].is_null());
}

TEST(TimeChart, LinksANightOnlyWhenItsReportIsKnownAndEncodesThePath) {
  svg::TimeChart c;
  c.id = "t";
  c.nights = {"2026-01-01", "2026-01-02"};
  c.runs = {"1", "2"};
  c.links = {"", "/srv/báo cáo/\"x\".html"};
  c.series = {{"error", "lỗi", {2, 4}}};
  std::ostringstream out;
  svg::write_time_chart(c, out);
  const std::string svg = out.str();
  EXPECT_EQ(svg.find("<a ", svg.find("data-run=\"1\"")), svg.find("<a "));  // the only link is night 2's
  EXPECT_NE(svg.find("<a href=\"file:///srv/báo%20cáo/%22x%22.html\">"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>2026-01-02 (#2): lỗi 4</title>"), std::string::npos);
  EXPECT_EQ(svg::file_href("r.html"), "r.html");
}

TEST(TimeChart, AThousandNightsStayUnderAMegabytePerChart) {
  svg::TimeChart c;
  c.id = "t";
  svg::TimeSeries e{"error", "lỗi", {}}, w{"warning", "cảnh báo", {}}, i{"info", "thông tin", {}};
  for (int k = 0; k < 1000; ++k) {
    c.nights.push_back("2026-01-01");
    c.runs.push_back(std::to_string(k + 1));
    c.links.push_back("/var/lib/kiemtra/reports/2026-01-01/report.html");
    e.values.push_back(100000 + k);
    w.values.push_back(k);
    i.values.push_back(3);
  }
  c.series = {e, w, i};
  std::ostringstream out;
  svg::write_time_chart(c, out);
  EXPECT_LT(out.str().size(), 1'000'000u);
}

}  // namespace
}  // namespace kiemtra::core
