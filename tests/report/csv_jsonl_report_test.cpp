// CSV (BOM, RFC 4180, formulas disarmed) and JSON Lines (one finding object per line, fingerprinted).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

TEST(CsvReport, BomHeaderAndOneQuotedRowPerFinding) {
  ReportFixture fx;
  std::ostringstream out;
  write_csv(fx.report("vi"), out);
  const std::string csv = out.str();
  ASSERT_TRUE(
      csv.starts_with("\xEF\xBB\xBF"
                      "organization_id,organization_path,rule,severity,subject_kind,subject_id,subject_name,"
                      "message,citation,location,fingerprint,baseline,waiver\r\n"));
  std::size_t lines = 0;
  for (auto at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 7u);
  EXPECT_NE(csv.find("R,Đảng bộ Khối,integrity/dangling-reference,error,row,members.csv:7,H06,Thông điệp members.csv:7 "
                     "<i>nghiêng</i>,\"Điều lệ Đảng 2011, Điều 24.1\",members.csv:7:5,"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",\"Đảng bộ \"\"><img src=x onerror=alert(1)>\","), std::string::npos);  // quotes doubled
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"x\"\")\","), std::string::npos);                     // not a formula
}

TEST(JsonlReport, OneFindingPerLineWithAFingerprint) {
  ReportFixture fx;
  std::ostringstream out;
  write_jsonl(fx.report("en"), out);
  std::istringstream in(out.str());
  std::string line;
  std::vector<nlohmann::json> rows;
  while (std::getline(in, line)) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[2]["rule"], "integrity/status");
  EXPECT_EQ(rows[2]["message"], "Message M1 <i>italic</i>");
  EXPECT_EQ(rows[2]["org"], "C1");
  EXPECT_EQ(rows[2]["subject"]["name"], "<script>alert(1)</script>");
  EXPECT_EQ(rows[0]["location"], "members.csv:7:5");
  EXPECT_EQ(rows[0]["fingerprint"].get<std::string>().size(), 32u);
  EXPECT_NE(rows[0]["fingerprint"], rows[1]["fingerprint"]);
}

}  // namespace
