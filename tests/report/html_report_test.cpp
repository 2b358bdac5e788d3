// The HTML report: self-contained, CSP hashes matching its one script and stylesheet, data escaped,
// counts rolled up, summary in the report's language.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "util/sha256.hpp"
#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

std::string html_of(const ReportFixture& fx, const std::string& lang = "vi") {
  std::ostringstream out;
  write_html(fx.report(lang), out);
  return out.str();
}

/// The text between `open` and the next `close` after it.
std::string between(const std::string& s, const std::string& open, const std::string& close) {
  const auto a = s.find(open);
  if (a == std::string::npos) return {};
  const auto b = s.find(close, a + open.size());
  return s.substr(a + open.size(), b - a - open.size());
}

std::size_t occurrences(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

/// The first tag with a src or href attribute that points outside the page, or "".
std::string outside_links(const std::string& html) {
  for (auto open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
    const std::string tag = html.substr(open, html.find('>', open) - open);
    for (const char* attr : {" src=\"", " href=\""}) {
      const auto at = tag.find(attr);
      if (at != std::string::npos && tag[at + std::string(attr).size()] != '#') return tag;
    }
  }
  return "";
}

TEST(HtmlReport, AllowsExactlyItsOwnScriptAndStyleByHash) {
  const std::string html = html_of(ReportFixture{});
  const std::string csp = between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  const std::string script = between(html, "<script>", "</script>");
  const std::string style = between(html, "<style>", "</style>");
  ASSERT_FALSE(script.empty());
  ASSERT_FALSE(style.empty());
  EXPECT_NE(csp.find("script-src 'sha256-" + to_base64(sha256(script)) + "'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("style-src 'sha256-" + to_base64(sha256(style)) + "'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe"), std::string::npos);
  // One executable script, one data block; nothing loaded from anywhere.
  EXPECT_EQ(occurrences(html, "<script>"), 1u);
  EXPECT_EQ(occurrences(html, "<script type=\"application/json\" id=\"kiemtra-data\">"), 1u);
  // The script names the SVG namespace to draw the tree's charts: a name, never fetched.
  std::string fetchable = html;
  const std::string svg_ns = "'http://www.w3.org/2000/svg'";
  for (auto at = fetchable.find(svg_ns); at != std::string::npos; at = fetchable.find(svg_ns)) fetchable.erase(at, svg_ns.size());
  for (const char* external : {"<link", "@import", "http://", "https://"})
    EXPECT_EQ(fetchable.find(external), std::string::npos) << external;
  // The charts' fills refer to patterns of the page itself; no url() may point elsewhere.
  ASSERT_NE(html.find("url(#kt-fill-"), std::string::npos);
  for (auto at = html.find("url("); at != std::string::npos; at = html.find("url(", at + 1))
    EXPECT_EQ(html.compare(at, 12, "url(#kt-fill"), 0) << html.substr(at, 40);
  EXPECT_EQ(outside_links(html), "");
}

TEST(HtmlReport, DataNeverBecomesMarkup) {
  const std::string html = html_of(ReportFixture{});
  for (const char* raw :
       {"<script>alert(1)</script>", "<img src=x", "<b>Một</b>", "<i>nghiêng</i>", "<!-- hai", "</script><!--"})
    EXPECT_EQ(html.find(raw), std::string::npos) << raw;
  EXPECT_NE(html.find("Bộ &lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);  // the escaped title
  // The data block holds no '<' at all, so nothing in it can end it or open a comment.
  const std::string data = between(html, "id=\"kiemtra-data\">", "</script>");
  EXPECT_EQ(data.find('<'), std::string::npos);
  const auto doc = nlohmann::json::parse(data);
  EXPECT_EQ(doc["nodes"][3][1], "Chi bộ </script><!-- hai");  // and it still reads back exactly
}

TEST(HtmlReport, DataHoldsTheTreeWithRolledUpCountsAndGroupedFindings) {
  const std::string html = html_of(ReportFixture{});
  const auto doc = nlohmann::json::parse(between(html, "id=\"kiemtra-data\">", "</script>"));
  ASSERT_EQ(doc["nodes"].size(), 5u);
  // [id, name, kind, parent, depth, first, end, info, warning, error]
  EXPECT_EQ(doc["nodes"][0][0], "R");
  EXPECT_EQ(doc["nodes"][0][3], -1);
  EXPECT_EQ(doc["nodes"][0][9], 4);  // errors of the whole tree
  EXPECT_EQ(doc["nodes"][1][9], 3);
  EXPECT_EQ(doc["nodes"][1][8], 1);
  EXPECT_EQ(doc["nodes"][2][3], 1);
  EXPECT_EQ(doc["nodes"][2][5], 2);  // C1's findings are f[2..5)
  EXPECT_EQ(doc["nodes"][2][6], 5);
  ASSERT_EQ(doc["f"].size(), 6u);
  const auto& f = doc["f"][2];  // the member of C1: [rule, severity, kind, id, name, message, citation, location]
  EXPECT_EQ(doc["rules"][f[0].get<int>()][0], "integrity/status");
  EXPECT_EQ(f[1], 2);
  EXPECT_EQ(f[4], "<script>alert(1)</script>");
  EXPECT_EQ(f[5], "Thông điệp M1 <i>nghiêng</i>");
  EXPECT_EQ(doc["cites"][f[6].get<int>()], "Điều lệ Đảng 2011, Điều 24.1");
  EXPECT_EQ(doc["fam"], nlohmann::json::array({"integrity", "structure"}));
  EXPECT_EQ(doc["t"]["col_message"], "Nội dung");
}

TEST(HtmlReport, SummaryCountsBySeverityFamilyAndOrganizationsWithErrors) {
  const std::string html = html_of(ReportFixture{});
  EXPECT_NE(html.find("id=\"sum-total\">6<"), std::string::npos);
  EXPECT_NE(html.find("id=\"sum-error\">4<"), std::string::npos);
  EXPECT_NE(html.find("id=\"sum-warning\">1<"), std::string::npos);
  EXPECT_NE(html.find("id=\"sum-info\">1<"), std::string::npos);
  EXPECT_NE(html.find("id=\"sum-orgs-with-errors\">3<"), std::string::npos);  // R, C1, C2
  const std::string structure = between(html, "<tr data-family=\"structure\">", "\n");
  EXPECT_TRUE(structure.ends_with("<td class=\"num\">4</td></tr>")) << structure;  // its total
  // Most errors first: C1 (2) before R and C2 (1 each).
  const auto c1 = html.find("data-node=\"2\""), r = html.find("data-node=\"0\"");
  ASSERT_NE(c1, std::string::npos);
  EXPECT_LT(c1, r);
  EXPECT_NE(html.find("Quy tắc bị lỗi: <code>structure/boom</code>"), std::string::npos);
  EXPECT_NE(html.find("boom &lt;in&gt; check"), std::string::npos);
  EXPECT_NE(html.find("Bị từ chối: ABI 999"), std::string::npos);
}

TEST(HtmlReport, SpeaksTheReportsLanguage) {
  const std::string vi = html_of(ReportFixture{}, "vi"), en = html_of(ReportFixture{}, "en");
  EXPECT_NE(vi.find("<html lang=\"vi\">"), std::string::npos);
  EXPECT_NE(vi.find("Tóm tắt"), std::string::npos);
  EXPECT_NE(vi.find("30/09/2019"), std::string::npos);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.find("<h2>Summary</h2>"), std::string::npos);
  EXPECT_NE(en.find("Message M1"), std::string::npos);
  EXPECT_EQ(en.find("Thông điệp"), std::string::npos);
  EXPECT_EQ(en.find("Tóm tắt"), std::string::npos);
}

TEST(HtmlReport, HasAPrintStylesheet) {
  const std::string html = html_of(ReportFixture{});
  const std::string print = between(html, "@media print{", "\n}\n");
  EXPECT_NE(print.find(".controls"), std::string::npos);
  EXPECT_NE(print.find("@page"), std::string::npos);
}

TEST(HtmlReport, AnEmptyRunStillMakesAPage) {
  ReportFixture fx;
  fx.result.findings.clear_findings();
  const std::string html = html_of(fx);
  EXPECT_NE(html.find("id=\"sum-total\">0<"), std::string::npos);
  EXPECT_NE(html.find("Không tổ chức nào có lỗi."), std::string::npos);
  EXPECT_NO_THROW({
    [[maybe_unused]] const auto data = nlohmann::json::parse(between(html, "id=\"kiemtra-data\">", "</script>"));
  });
}

}  // namespace
