// The trend page links each night to its report: validate --history records where the HTML report went,
// and a history written before that was recorded still reads (no link, no error).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;

json nights(const std::string& db) {
  const auto r = run_cli({"history", db, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out)["nights"]["nights"];
}

TEST(ReportPath, RecordedOnlyForAnHtmlReportWrittenToAFile) {
  const auto data = sample_copy("report-path");
  const auto dir = data.parent_path();
  const std::string db = (dir / "history.sqlite").string();
  const auto html = dir / "night one.html";
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db, "--output", html.string(), "--output",
                     (dir / "r.json").string(), "--quiet"})
                .exit_code,
            1);
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db, "--format", "json", "--quiet"}).exit_code, 1);
  const json n = nights(db);
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0]["report"], std::filesystem::absolute(html).lexically_normal().string());
  EXPECT_TRUE(n[1]["report"].is_null());
}

TEST(ReportPath, AHistoryWithoutTheTableStillReads) {
  const auto data = sample_copy("report-path-old");
  const std::string db = (data.parent_path() / "history.sqlite").string();
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db, "--output", (data.parent_path() / "r.html").string(),
                     "--quiet"})
                .exit_code,
            1);
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(h, "DROP TABLE run_reports", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(h);
  const json n = nights(db);  // read-only: the table is not added back
  ASSERT_EQ(n.size(), 1u);
  EXPECT_TRUE(n[0]["report"].is_null());
  const auto page = run_cli({"history", db, "--output", (data.parent_path() / "trend.html").string()});
  EXPECT_EQ(page.exit_code, 0) << page.err;
}

TEST(ReportPath, HistoryOutputMustBeHtmlOrJson) {
  const auto data = sample_copy("report-path-ext");
  const std::string db = (data.parent_path() / "history.sqlite").string();
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db, "--quiet"}).exit_code, 1);
  const auto r = run_cli({"history", db, "--output", (data.parent_path() / "trend.pdf").string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("must be an .html"), std::string::npos) << r.err;
  const auto over = run_cli({"history", db, "--output", db + ".html"});
  EXPECT_EQ(over.exit_code, 0) << over.err;
}

}  // namespace
