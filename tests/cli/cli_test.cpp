// The kiemtra command as a user runs it: exit codes, messages, formats, plugins, profiles.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using kiemtra::test::slurp;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

std::string sample() { return (kiemtra::test::source_dir() / "examples" / "sample").string(); }
std::string test_plugin(const std::string& name) { return std::string(KIEMTRA_TEST_PLUGIN_DIR) + "/" + name; }
TEST(Cli, VersionAndUsageErrors) {
  EXPECT_EQ(run_cli({"--version"}).exit_code, 0);
  EXPECT_EQ(run_cli({}).exit_code, 2);
  EXPECT_EQ(run_cli({"validate"}).exit_code, 2);
  EXPECT_EQ(run_cli({"validate", sample(), "--no-such-option"}).exit_code, 2);
  EXPECT_EQ(run_cli({"validate", sample(), "--fail-on", "sometimes"}).exit_code, 2);
}

TEST(Cli, ValidateSampleGroupsFindingsByOrganizationInVietnamese) {
  const auto r = run_cli({"validate", sample()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Đảng bộ Khối các Cơ quan tỉnh › Đảng bộ Sở Tài chính › Chi bộ Phòng Tin học [CB0102]"));
  EXPECT_THAT(r.out, HasSubstr("structure/cell-min-official-members"));
  EXPECT_THAT(r.out, HasSubstr("Ngày tham chiếu 30/09/2019"));
  EXPECT_THAT(r.out, HasSubstr("Tổng cộng:"));
}

TEST(Cli, ValidateSpeaksEnglishAndHonoursFailOn) {
  const auto r = run_cli({"validate", sample(), "--lang", "en", "--fail-on", "never"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("As of 2019-09-30"));
  EXPECT_THAT(r.out, HasSubstr("Total:"));
  EXPECT_THAT(r.out, Not(HasSubstr("Tổng cộng")));
}

TEST(Cli, JsonOutputIsTheSameForAnyNumberOfJobs) {
  const auto dir = kiemtra::test::temp_dir("cli-jobs");
  const auto one = dir / "one.json", four = dir / "four.json";
  EXPECT_EQ(run_cli({"validate", sample(), "--output", one.string(), "--jobs", "1"}).exit_code, 1);
  EXPECT_EQ(run_cli({"validate", sample(), "--format", "json", "--output", four.string(), "--jobs", "4"}).exit_code, 1);
  const auto a = nlohmann::json::parse(slurp(one));
  const auto b = nlohmann::json::parse(slurp(four));
  EXPECT_EQ(a["findings"], b["findings"]);
  EXPECT_GT(a["summary"]["error"].get<int>(), 0);
  EXPECT_EQ(a["run"]["as_of"], "2019-09-30");
  bool structure = false, integrity = false;
  for (const auto& p : a["run"]["plugins"]) {
    structure |= p["name"] == "structure" && p["loaded"] == true;
    integrity |= p["name"] == "integrity" && p["loaded"] == true;
  }
  EXPECT_TRUE(structure && integrity);
}

TEST(Cli, RulesGlobNarrowsTheRun) {
  const auto r = run_cli({"validate", sample(), "--format", "json", "--rules", "structure/*"});
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_FALSE(doc["findings"].empty());
  for (const auto& f : doc["findings"]) EXPECT_EQ(f["rule"].get<std::string>().rfind("structure/", 0), 0u);
}

TEST(Cli, AsOfMustBeADate) {
  const auto r = run_cli({"validate", sample(), "--as-of", "31/02/2019", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--as-of is not a valid date: '31/02/2019'"));
}

TEST(Cli, MissingDatasetIsExitTwoNamingThePath) {
  const auto r = run_cli({"validate", "/no/such/dataset"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/no/such/dataset"));
}

TEST(Cli, StrictMakesABadValueFatalNamingFileLineColumn) {
  const auto r = run_cli({"validate", sample(), "--strict", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("members.csv:18:"));
  EXPECT_THAT(r.err, HasSubstr("1978-31-02"));
}

TEST(Cli, PluginsListsTheBuiltinPluginsFromSharedLibraries) {
  const auto r = run_cli({"plugins", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("integrity 1.0.0"));
  EXPECT_THAT(r.out, HasSubstr("structure 1.0.0"));
  EXPECT_THAT(r.out, HasSubstr("kiemtra_structure.so"));
  EXPECT_THAT(r.out, HasSubstr("loaded"));
}

TEST(Cli, ARefusedPluginIsReportedAndTheRunStillCompletesWithExitThree) {
  const auto r = run_cli({"validate", sample(), "--lang", "en", "--plugins", test_plugin("wrong-abi")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("999"));
  EXPECT_THAT(r.out, HasSubstr("structure/cell-min-official-members"));  // the other plugins still ran
  const auto p = run_cli({"plugins", "--lang", "en"}, {"KIEMTRA_PLUGIN_PATH=" + test_plugin("wrong-abi")});
  EXPECT_EQ(p.exit_code, 3);
  EXPECT_THAT(p.out, HasSubstr("REFUSED"));
}

TEST(Cli, AThrowingRuleIsARunErrorNamingTheRuleAndTheOthersStillReport) {
  const auto r = run_cli({"validate", sample(), "--lang", "en", "--plugins", test_plugin("rule-throws")});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_THAT(r.err, HasSubstr("testthrow/explodes"));
  EXPECT_THAT(r.err, HasSubstr("boom in check"));
  EXPECT_THAT(r.out, HasSubstr("structure/cell-min-official-members"));
}

TEST(Cli, RulesListAndExplain) {
  const auto list = run_cli({"rules", "list", "--lang", "en"});
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_THAT(list.out, HasSubstr("structure/cell-min-official-members"));
  EXPECT_THAT(list.out, HasSubstr("integrity/bad-value"));
  const auto explain = run_cli({"rules", "explain", "structure/cell-min-official-members", "--lang", "en"});
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_THAT(explain.out, HasSubstr("min_official (integer, default 3)"));
  EXPECT_THAT(explain.out, HasSubstr("Điều lệ Đảng"));
  const auto unknown = run_cli({"rules", "explain", "structure/cell-min-oficial-members", "--lang", "en"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("Did you mean 'structure/cell-min-official-members'?"));
}

TEST(Cli, CheckConfigNamesFileLineAndSuggests) {
  const auto dir = kiemtra::test::temp_dir("cli-config");
  const auto bad = dir / "bad.yaml";
  std::ofstream(bad) << "rules:\n  structure/cell-min-oficial-members: on\n  structure/grassroots-size-kind:\n"
                        "    params: {threshold: ba}\n";
  const auto r = run_cli({"check-config", bad.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.out, HasSubstr(bad.string() + ":2:3:"));
  EXPECT_THAT(r.out, HasSubstr("structure/cell-min-official-members"));
  EXPECT_THAT(r.out, HasSubstr(bad.string() + ":4:"));
  const auto good = dir / "good.yaml";
  std::ofstream(good) << "extends: default\nrules:\n  structure/grassroots-size-kind: {params: {threshold: 25}}\n";
  EXPECT_EQ(run_cli({"check-config", good.string()}).exit_code, 0);
  const auto effective = run_cli({"validate", sample(), "--config", good.string(), "--print-config"});
  EXPECT_EQ(effective.exit_code, 0);
  EXPECT_THAT(effective.out, HasSubstr("threshold: 25"));
  const auto broken = run_cli({"validate", sample(), "--config", bad.string()});
  EXPECT_EQ(broken.exit_code, 2);
}

TEST(Cli, UnreadableDataIsExitTwoNamingFileLineColumn) {
  const auto dir = kiemtra::test::temp_dir("cli-bad-data");
  std::ofstream(dir / "organizations.csv") << "id,parent_id,name,kind\nR,,\"Root,root\n";
  std::ofstream(dir / "members.csv") << "id,org_id,full_name,gender,birth_date,status,admitted_on\n";
  const auto r = run_cli({"validate", dir.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("organizations.csv:2:"));
}

}  // namespace

namespace {

// A run restarted for huge pages (what a large dataset gets, asked here with KIEMTRA_HUGE_PAGES=1 on the sample)
// is the same run: same exit code, same text on standard output, same JSON report, arguments with spaces kept.
TEST(Cli, ARunRestartedForHugePagesIsTheSameRun) {
  const fs::path dir = kiemtra::test::temp_dir("huge-pages run");
  std::string texts[2], reports[2];
  for (int k = 0; k < 2; ++k) {
    const std::string choice = k == 0 ? "KIEMTRA_HUGE_PAGES=0" : "KIEMTRA_HUGE_PAGES=1";
    const auto text = run_cli({"validate", sample(), "--lang", "en"}, {choice});
    EXPECT_EQ(text.exit_code, 1) << text.err;
    texts[k] = text.out;
    const fs::path json = dir / (k == 0 ? "plain report.json" : "restarted report.json");
    const auto r = run_cli({"validate", sample(), "--lang", "en", "--format", "json", "--output", json.string()}, {choice});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    reports[k] = slurp(json);
  }
  EXPECT_THAT(texts[0], HasSubstr("As of 2019-09-30"));
  EXPECT_EQ(texts[0], texts[1]);
  ASSERT_FALSE(reports[0].empty());
  auto plain = nlohmann::json::parse(reports[0]), restarted = nlohmann::json::parse(reports[1]);
  EXPECT_EQ(plain["findings"], restarted["findings"]);
  EXPECT_EQ(plain["summary"], restarted["summary"]);
}

}  // namespace
