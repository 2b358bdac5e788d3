// The SVG bar charts: the numbers they hold, their scale, their titles, and escaped names.

// GCC 12 with -fsanitize=address,undefined reports the std::function inside libstdc++'s std::regex as
// maybe-uninitialized: a false positive in the library's own code, which -Werror would turn into a failed build.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "report/svg_chart.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace kiemtra::core::svg {
namespace {

std::string draw(const BarChart& c) {
  std::ostringstream out;
  write_bar_chart(c, out);
  return out.str();
}

std::vector<double> widths(const std::string& svg) {
  std::vector<double> out;
  const std::regex seg(R"re(class="seg"[^>]* width="([0-9.]+)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), seg), end; it != end; ++it) out.push_back(std::stod((*it)[1]));
  return out;
}

BarChart two_bars() {
  BarChart c{"chart-x", "Phát hiện", {{"error", "Lỗi"}, {"warning", "Cảnh báo"}}, {}, "vi"};
  c.bars.push_back({"Chi bộ 1", "CB1", "#org-3", "3", {3, 1}});
  c.bars.push_back({"Chi bộ 2", "CB2", "", "", {1, 0}});
  return c;
}

TEST(SvgChart, HoldsEachValueAndTotalAsData) {
  const std::string svg = draw(two_bars());
  EXPECT_NE(svg.find(R"(data-key="CB1" data-total="4")"), std::string::npos) << svg;
  EXPECT_NE(svg.find(R"(data-series="error" data-value="3")"), std::string::npos);
  EXPECT_NE(svg.find(R"(data-series="warning" data-value="1")"), std::string::npos);
  EXPECT_NE(svg.find(R"(data-key="CB2" data-total="1")"), std::string::npos);
}

TEST(SvgChart, ScalesBarsToTheLargestTotal) {
  const auto w = widths(draw(two_bars()));
  ASSERT_EQ(w.size(), 4u);
  EXPECT_NEAR(w[0], 3 * w[2], 0.2);  // 3 errors against 1
  EXPECT_NEAR(w[1], w[2], 0.2);
  EXPECT_EQ(w[3], 0.0);
}

TEST(SvgChart, EmptyValuesDrawNoBarsAndDoNotDivideByZero) {
  BarChart c = two_bars();
  for (auto& b : c.bars) b.values = {0, 0};
  for (double w : widths(draw(c))) EXPECT_EQ(w, 0.0);
}

TEST(SvgChart, HasTitlesForScreenReadersAndALegend) {
  const std::string svg = draw(two_bars());
  EXPECT_NE(svg.find(R"(role="img" aria-label="Phát hiện")"), std::string::npos);
  EXPECT_NE(svg.find("<title>Chi bộ 1: Lỗi 3, Cảnh báo 1</title>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(R"(<g class="legend" data-series="warning">)"), std::string::npos);
  EXPECT_NE(svg.find("url(#kt-fill-warning)"), std::string::npos);
}

TEST(SvgChart, LinksOnlyTheBarsThatLeadSomewhere) {
  const std::string svg = draw(two_bars());
  EXPECT_NE(svg.find(R"(<a href="#org-3" data-node="3">)"), std::string::npos);
  EXPECT_EQ(svg.find("<a ", svg.find(R"(data-key="CB2")")), std::string::npos);
}

TEST(SvgChart, EscapesNamesAndKeys) {
  BarChart c = two_bars();
  c.title = "<script>alert(1)</script>";
  c.bars[0].label = "Chi bộ <img src=x onerror=alert(1)> & \"x\"";
  c.bars[0].key = "\"><svg onload=alert(1)>";
  const std::string svg = draw(c);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<img"), std::string::npos);
  EXPECT_EQ(svg.find("<svg onload"), std::string::npos);
  EXPECT_NE(svg.find("&lt;img src=x onerror=alert(1)&gt; &amp;"), std::string::npos);
}

TEST(SvgChart, UsesTheLanguagesDigitGrouping) {
  BarChart c = two_bars();
  c.bars[0].values = {12345, 0};
  EXPECT_NE(draw(c).find(">12.345</text>"), std::string::npos);
  c.lang = "en";
  EXPECT_NE(draw(c).find(">12,345</text>"), std::string::npos);
}

TEST(SvgChart, ShortensLongLabelsByCharacterNotByte) {
  EXPECT_EQ(shorten("Đảng bộ", 10), "Đảng bộ");
  EXPECT_EQ(shorten("Đảng bộ xã", 4), "Đảng…");
  EXPECT_EQ(shorten("", 3), "");
}

TEST(SvgChart, DefinesEveryFillOnce) {
  const std::string defs = fill_defs();
  for (const char* key : kFillKeys) {
    const std::string id = std::string("id=\"kt-fill-") + key + "\"";
    ASSERT_NE(defs.find(id), std::string::npos) << key;
    EXPECT_EQ(defs.find(id, defs.find(id) + 1), std::string::npos) << key;
  }
}

}  // namespace
}  // namespace kiemtra::core::svg
