// Run history: two runs over a dataset changed in between show exactly the new and fixed findings, in
// every format; `kiemtra history` lists the runs; a run killed mid-way leaves the history intact.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;
using ::testing::HasSubstr;

json run_json(const std::vector<std::string>& args, int expected_exit = 1) {
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, expected_exit) << r.err;
  return json::parse(r.out);
}

// docs/nightly.md, "Two nights on the bundled bloc", step by step.
TEST(History, TheDocumentedTwoNightsOnTheBundledBloc) {
  const auto dir = temp_dir("history-bloc");
  const auto data = dir / "bloc";
  std::filesystem::copy(source_dir() / "examples" / "khoi-cqt-2019", data, std::filesystem::copy_options::recursive);
  const std::string db = (dir / "history.sqlite").string();
  const json first = run_json({"validate", data.string(), "--format", "json", "--history", db, "--quiet"});
  EXPECT_EQ(first["findings"].size(), 24u);
  ASSERT_TRUE(replace_in(data / "members.csv", "31/04/2016", "30/04/2016"));
  const std::string dues = slurp(data / "dues.csv");
  const auto at = dues.find("\nDV00364,2019-09,");
  ASSERT_NE(at, std::string::npos);
  const auto amount = at + std::string("\nDV00364,2019-09,").size();
  ASSERT_TRUE(replace_in(data / "dues.csv", dues.substr(at, amount - at + dues.find(',', amount) - amount + 1),
                         "\nDV00364,2019-09,50000,"));

  const auto night2 = run_cli({"validate", data.string(), "--history", db, "--lang", "en"});
  ASSERT_EQ(night2.exit_code, 1) << night2.err;
  EXPECT_THAT(night2.out, HasSubstr("dues/underpaid · Kiều Đức Phúc (DV00364/2019-09) [NEW]"));
  EXPECT_THAT(night2.out, HasSubstr(": 1 new, 1 fixed, 23 still open."));
  EXPECT_THAT(night2.out, HasSubstr("  fixed integrity/bad-value · DV02127 [CB03] · Cannot read the value \"31/04/2016\""));

  const auto history = run_cli({"history", db, "--lang", "en"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  EXPECT_THAT(history.out, HasSubstr("2 runs shown"));
  // Night 2: 9 errors, 10 warnings, 5 info, 1 new, 1 fixed, none waived, exit 1; the dataset's name last.
  EXPECT_THAT(history.out,
              HasSubstr("complete          9     10      5      1      1      0         1  Đảng bộ Khối các Cơ quan tỉnh\n"));
  EXPECT_THAT(history.out, HasSubstr("Trend of"));
  EXPECT_THAT(history.out, HasSubstr("DB15.CB03"));  // the cell of the short payment
}

TEST(History, TwoRunsOverAChangedDatasetShowExactlyTheNewAndFixedFindings) {
  const auto data = sample_copy("history-two-runs");
  const auto dir = data.parent_path();
  const std::string db = (dir / "h.sqlite").string();
  const json first = run_json({"validate", data.string(), "--format", "json", "--history", db});
  EXPECT_EQ(first["run"]["history"]["previous_run"], nullptr);
  for (const auto& f : first["findings"]) EXPECT_EQ(f["baseline"], "new");

  // Fix DV018's official date (two findings go), and break DV001's birth date (one comes).
  ASSERT_TRUE(replace_in(data / "members.csv", "2014-02-03,2013-02-03", "2014-02-03,2015-02-03"));
  ASSERT_TRUE(replace_in(data / "members.csv", "nam,1975-04-12", "nam,1975-13-12"));
  const json plain = run_json({"validate", data.string(), "--format", "json"});  // no history: the truth
  const auto before = fingerprints(first), after = fingerprints(plain);
  std::set<std::string> expect_new, expect_fixed;
  for (const auto& f : after)
    if (!before.count(f)) expect_new.insert(f);
  for (const auto& f : before)
    if (!after.count(f)) expect_fixed.insert(f);
  ASSERT_FALSE(expect_new.empty());
  ASSERT_FALSE(expect_fixed.empty());

  const auto out = dir / "second";
  std::filesystem::create_directories(out);
  const auto r = run_cli({"validate",  data.string(),
                          "--history", db,
                          "--lang",    "en",
                          "--output",  (out / "r.json").string(),
                          "--output",  (out / "r.sarif").string(),
                          "--output",  (out / "r.csv").string(),
                          "--output",  (out / "r.jsonl").string(),
                          "--output",  (out / "r.txt").string(),
                          "--output",  (out / "r.html").string(),
                          "--output",  (out / "r.junit.xml").string(),
                          "--output",  (out / "r.xlsx").string()});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const json second = json::parse(slurp(out / "r.json"));
  std::set<std::string> got_new, got_fixed;
  for (const auto& f : second["findings"])
    if (f["baseline"] == "new") got_new.insert(f["fingerprint"].get<std::string>());
  for (const auto& f : second["run"]["history"]["fixed"]) got_fixed.insert(f["fingerprint"].get<std::string>());
  EXPECT_EQ(got_new, expect_new);
  EXPECT_EQ(got_fixed, expect_fixed);
  EXPECT_EQ(second["summary"]["new"], expect_new.size());
  EXPECT_EQ(second["summary"]["fixed"], expect_fixed.size());
  EXPECT_EQ(second["run"]["history"]["previous_run"]["id"], first["run"]["history"]["run_id"]);
  bool dv018_fixed = false, dv001_new = false;
  for (const auto& f : second["run"]["history"]["fixed"]) dv018_fixed |= f["subject"]["id"] == "DV018";
  for (const auto& f : second["findings"]) dv001_new |= f["baseline"] == "new" && f["subject"]["id"] == "members/DV001";
  EXPECT_TRUE(dv018_fixed);
  EXPECT_TRUE(dv001_new);

  // SARIF: baselineState on every result, the fixed ones as "absent".
  const json sarif = json::parse(slurp(out / "r.sarif"));
  std::size_t fresh = 0, absent = 0, unchanged = 0;
  for (const auto& res : sarif["runs"][0]["results"]) {
    const std::string state = res["baselineState"];
    fresh += state == "new", absent += state == "absent", unchanged += state == "unchanged";
  }
  EXPECT_EQ(fresh, expect_new.size());
  EXPECT_EQ(absent, expect_fixed.size());
  EXPECT_EQ(unchanged, second["findings"].size() - expect_new.size());
  // CSV and JSON Lines: a baseline column / field, fixed ones after the others.
  const std::string csv = slurp(out / "r.csv");
  EXPECT_THAT(csv, HasSubstr("fingerprint,baseline,waiver\r\n"));
  EXPECT_THAT(csv, HasSubstr(",fixed,"));
  std::size_t fixed_lines = 0;
  std::istringstream jsonl(slurp(out / "r.jsonl"));
  for (std::string line; std::getline(jsonl, line);) fixed_lines += json::parse(line)["baseline"] == "fixed";
  EXPECT_EQ(fixed_lines, expect_fixed.size());
  // Text and HTML: the section, and the new findings marked.
  const std::string text = slurp(out / "r.txt");
  EXPECT_THAT(text,
              HasSubstr(std::to_string(expect_new.size()) + " new, " + std::to_string(expect_fixed.size()) + " fixed"));
  EXPECT_THAT(text, HasSubstr("[NEW]"));
  const std::string html = slurp(out / "r.html");
  EXPECT_THAT(html, HasSubstr("id=\"sum-new\">" + std::to_string(expect_new.size()) + "<"));
  EXPECT_THAT(html, HasSubstr("id=\"fixed\""));
  EXPECT_THAT(slurp(out / "r.junit.xml"), HasSubstr("[NEW]"));
  EXPECT_TRUE(std::filesystem::file_size(out / "r.xlsx") > 0);

  const auto h = run_cli({"history", db, "--format", "json"});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  const json hist = json::parse(h.out);
  ASSERT_EQ(hist["runs"].size(), 2u);
  EXPECT_EQ(hist["runs"][0]["new"], expect_new.size());
  EXPECT_EQ(hist["runs"][0]["fixed"], expect_fixed.size());
  EXPECT_EQ(hist["runs"][0]["status"], "complete");
  EXPECT_NE(hist["runs"][0]["content_hash"], hist["runs"][1]["content_hash"]);
  EXPECT_EQ(hist["trend"]["runs"].size(), 2u);
  const auto text_history = run_cli({"history", db, "--lang", "en"});
  EXPECT_THAT(text_history.out, HasSubstr("Trend of"));
  EXPECT_THAT(text_history.out, HasSubstr("CB04"));
}

TEST(History, FailOnNewFailsOnlyOnNewFindings) {
  const auto data = sample_copy("history-fail-on-new");
  const std::string db = (data.parent_path() / "h.sqlite").string();
  EXPECT_EQ(run_cli({"validate", data.string(), "--history", db, "--fail-on-new"}).exit_code, 1);  // all new
  EXPECT_EQ(run_cli({"validate", data.string(), "--history", db, "--fail-on-new"}).exit_code, 0);  // none new
  EXPECT_EQ(run_cli({"validate", data.string(), "--history", db}).exit_code, 1);
  ASSERT_TRUE(replace_in(data / "members.csv", "nam,1975-04-12", "nam,1975-13-12"));
  EXPECT_EQ(run_cli({"validate", data.string(), "--history", db, "--fail-on-new"}).exit_code, 1);
  const auto without = run_cli({"validate", data.string(), "--fail-on-new", "--lang", "en"});
  EXPECT_EQ(without.exit_code, 2);
  EXPECT_THAT(without.err, HasSubstr("--fail-on-new needs --history"));
}

TEST(History, ARunKilledMidWayLeavesTheHistoryIntact) {
  const auto data = sample_copy("history-killed");
  const std::string db = (data.parent_path() / "h.sqlite").string();
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db}).exit_code, 1);
  ASSERT_EQ(run_cli({"validate", data.string(), "--history", db}).exit_code, 1);
  // A run that hangs in a plugin, killed with SIGKILL as an impatient operator (or the OOM killer) would.
  const std::string kiemtra = (binary_dir() / "bin" / "kiemtra").string();
  const std::string cmd = "env KIEMTRA_PLUGIN_PATH= '" + kiemtra + "' validate '" + data.string() + "' --history '" +
                          db + "' --plugins '" + test_plugin("hang") +
                          "' >/dev/null 2>&1 & pid=$!; sleep 3; kill -9 $pid; wait $pid; exit 0";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const json after_kill = json::parse(run_cli({"history", db, "--format", "json"}).out);
  ASSERT_EQ(after_kill["runs"].size(), 3u);
  EXPECT_EQ(after_kill["runs"][0]["status"], "running");  // the killed one: shown as interrupted
  EXPECT_EQ(after_kill["runs"][1]["status"], "complete");
  EXPECT_EQ(after_kill["runs"][2]["status"], "complete");
  EXPECT_THAT(run_cli({"history", db, "--lang", "en"}).out, HasSubstr("interrupted"));

  const auto next = run_cli({"validate", data.string(), "--history", db, "--format", "json"});
  ASSERT_EQ(next.exit_code, 1) << next.err;
  const json doc = json::parse(next.out);
  EXPECT_EQ(doc["run"]["history"]["previous_run"]["id"], after_kill["runs"][1]["id"]);
  EXPECT_EQ(doc["summary"]["new"], 0);
  EXPECT_EQ(doc["summary"]["fixed"], 0);
}

}  // namespace
