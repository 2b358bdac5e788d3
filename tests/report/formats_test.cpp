// The format registry: names, extensions (longest wins), writing to files, and the Excel workbook.
#include "report/formats.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;

std::filesystem::path temp_dir() {
  auto dir = std::filesystem::temp_directory_path() / ("kiemtra-report-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(Formats, EveryFormatHasAName) {
  for (const char* name : {"text", "json", "html", "xlsx", "sarif", "junit", "csv", "jsonl"})
    EXPECT_NE(std::find(report_formats().begin(), report_formats().end(), name), report_formats().end()) << name;
}

TEST(Formats, TheLongestExtensionDecides) {
  EXPECT_EQ(format_for_path("report.html"), "html");
  EXPECT_EQ(format_for_path("REPORT.HTM"), "html");
  EXPECT_EQ(format_for_path("out/findings.xlsx"), "xlsx");
  EXPECT_EQ(format_for_path("findings.sarif"), "sarif");
  EXPECT_EQ(format_for_path("findings.sarif.json"), "sarif");
  EXPECT_EQ(format_for_path("findings.json"), "json");
  EXPECT_EQ(format_for_path("junit.xml"), "junit");
  EXPECT_EQ(format_for_path("x.junit.xml"), "junit");
  EXPECT_EQ(format_for_path("f.csv"), "csv");
  EXPECT_EQ(format_for_path("f.jsonl"), "jsonl");
  EXPECT_EQ(format_for_path("f.ndjson"), "jsonl");
  EXPECT_EQ(format_for_path("f.txt"), "text");
  EXPECT_EQ(format_for_path("f.pdf"), "");
  EXPECT_EQ(format_for_path("json"), "");
}

TEST(Formats, WritesEachFormatToItsFile) {
  ReportFixture fx;
  const auto dir = temp_dir();
  const RunReport report = fx.report();
  for (const char* name : {"r.html", "r.sarif", "r.junit.xml", "r.csv", "r.jsonl", "r.json", "r.txt", "r.xlsx"}) {
    const auto path = dir / name;
    write_report(format_for_path(path.string()), report, path.string());
    EXPECT_GT(std::filesystem::file_size(path), 100u) << name;
  }
  EXPECT_TRUE(read(dir / "r.html").starts_with("<!DOCTYPE html>"));
  EXPECT_TRUE(read(dir / "r.xlsx").starts_with("PK\x03\x04"));  // a zip container
  std::filesystem::remove_all(dir);
}

TEST(Formats, UnwritableFilesAndUnknownFormatsAreUserErrors) {
  ReportFixture fx;
  const RunReport report = fx.report();
  EXPECT_THROW(write_report("pdf", report, ""), UserError);
  EXPECT_THROW(write_report("html", report, "/nonexistent-dir/x/report.html"), UserError);
  try {
    write_report("xlsx", report, "/nonexistent-dir/x/report.xlsx");
    FAIL() << "no error for an unwritable workbook";
  } catch (const UserError& e) {
    EXPECT_NE(e.text().vi.find("/nonexistent-dir/x/report.xlsx"), std::string::npos) << e.text().vi;
    EXPECT_EQ(e.exit_code(), kExitUsage);
  }
}

}  // namespace
