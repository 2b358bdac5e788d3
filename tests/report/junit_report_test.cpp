// JUnit XML: a testsuite per family, a failing testcase per rule and organization, a passing one per quiet rule.
#include <gtest/gtest.h>

#include <sstream>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

std::string junit_of(const ReportFixture& fx, const std::string& lang = "vi") {
  std::ostringstream out;
  write_junit(fx.report(lang), out);
  return out.str();
}

bool has(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

TEST(JunitReport, ASuitePerFamilyWithItsCounts) {
  const std::string xml = junit_of(ReportFixture{}, "en");
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites ")) << xml;
  // integrity: dangling-reference @R, status @C1 fail; quiet passes.
  EXPECT_TRUE(has(xml, "<testsuite name=\"integrity\" tests=\"3\" failures=\"2\" errors=\"0\""));
  // structure: min-official @C1, @C2, size @D, @C1 fail; boom errors.
  EXPECT_TRUE(has(xml, "<testsuite name=\"structure\" tests=\"5\" failures=\"4\" errors=\"1\"")) << xml;
  EXPECT_TRUE(has(xml, "<testsuite name=\"(plugins)\" tests=\"1\" failures=\"0\" errors=\"1\""));
  EXPECT_TRUE(has(xml,
                  "<testsuites name=\"kiemtra: Bộ &lt;script&gt;alert(1)&lt;/script&gt;\" tests=\"9\" "
                  "failures=\"6\" errors=\"2\""));
}

TEST(JunitReport, FailuresCarryTheFindingsOfARuleInAnOrganization) {
  const std::string xml = junit_of(ReportFixture{}, "en");
  EXPECT_TRUE(has(xml,
                  "<testcase classname=\"integrity/status\" name=\"Đảng bộ Khối › Đảng bộ &quot;&gt;&lt;img "
                  "src=x onerror=alert(1)&gt; › Chi bộ &lt;b&gt;Một&lt;/b&gt; &amp; Hai [C1]\" time=\"0\">"))
      << xml;
  EXPECT_TRUE(has(xml,
                  "<failure message=\"1 error: Message M1 &lt;i&gt;italic&lt;/i&gt;\" type=\"error\">"
                  "[error] &lt;script&gt;alert(1)&lt;/script&gt; (M1): Message M1 &lt;i&gt;italic&lt;/i&gt; "
                  "(Điều lệ Đảng 2011, Điều 24.1)\n</failure>"))
      << xml;
  // The worst severity names the failure's type.
  EXPECT_TRUE(has(xml, "<failure message=\"1 info: Message M2 &lt;i&gt;italic&lt;/i&gt;\" type=\"info\">"));
  EXPECT_TRUE(has(xml, "<testcase classname=\"integrity/quiet\" name=\"All organizations\" time=\"0\"/>"));
  EXPECT_TRUE(has(xml,
                  "<testcase classname=\"structure/boom\" name=\"(rule failed)\" time=\"0\">\n      <error "
                  "message=\"boom &lt;in&gt; check\" type=\"rule-failure\">"));
  EXPECT_FALSE(has(xml, "<script>"));
  EXPECT_FALSE(has(xml, "<b>"));
}

TEST(JunitReport, ControlCharactersNeverMakeTheXmlInvalid) {
  ReportFixture fx;
  fx.result.findings.clear_findings();
  fx.add(ReportFixture::about(SubjectKind::organization, 0, 0), Severity::error, "integrity/status", "",
         "bell\x07 and nul\x01 and bad \xFF byte");
  fx.finish();
  const std::string xml = junit_of(fx);
  EXPECT_FALSE(has(xml, "\x07"));
  EXPECT_FALSE(has(xml, "\x01"));
  EXPECT_TRUE(has(xml, "bell and nul and bad \xEF\xBF\xBD byte"));
  EXPECT_TRUE(has(xml, "Tất cả tổ chức"));  // Vietnamese by default
}

}  // namespace
