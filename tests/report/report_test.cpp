// Text and JSON reports: grouping by organization, counts, language, escaping, run metadata.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/run_report.hpp"
#include "run/fingerprints.hpp"
#include "support/tiny_dataset.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;

RuleMeta meta(const std::string& id) {
  RuleMeta m;
  m.id = id;
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 24.1"}, {}});
  m.messages = {{"m", {"_s", "official_members"}, "Thông điệp tiếng Việt {_s}", "English message {_s}"}};
  return m;
}

struct Fixture {
  Dataset data = kiemtra::test::tiny_dataset();
  std::vector<RuleMeta> metas = {meta("a/root"), meta("b/cell")};
  RunResult result;
  PluginSet plugins;
  Config config;
  Fixture() {
    for (const char* id : {"M1", "M2", "M3"}) {
      Member m;
      m.id = id;
      m.full_name = "Nguyễn Văn <b>An</b>";
      m.org = 1;
      data.members.rows.push_back(m);
    }
    result.findings.set_data(data);
    for (const auto& m : metas) result.findings.add_rule({m.id, "cplug", &m, nullptr});
    add(0, 0, Severity::warning, 0);
    add(1, 1, Severity::error, 1);
    add(1, 1, Severity::info, 2);
    fingerprint_findings(result.findings);
    result.rules_run = {"a/root", "b/cell"};
    result.failures = {{"c/boom", "cplug", "boom in check"}};
    PluginInfo p;
    p.name = "cplug";
    p.version = "1.2.3";
    p.loaded = true;
    plugins.plugins.push_back(p);
    PluginInfo bad;
    bad.path = "/x/kiemtra_bad.so";
    bad.error = {"Không nạp được", "Refused: ABI 999"};
    plugins.plugins.push_back(bad);
  }
  void add(std::uint16_t rule, std::uint32_t org, Severity s, std::uint32_t member) {
    Finding f;
    f.subject_kind = SubjectKind::member;
    f.subject = member;
    f.org = org;
    f.say("m", {data.members[member].id, 2});
    result.findings.add(rule, f, s);
  }
  RunReport report(const std::string& lang) { return {data, result, plugins, config, Date::from_ymd(2019, 9, 30), lang}; }
};

TEST(TextReport, GroupsByOrganizationPathWithCountsInVietnamese) {
  Fixture fx;
  std::ostringstream out;
  write_text(fx.report("vi"), out);
  const std::string text = out.str();
  EXPECT_NE(text.find("Đảng bộ Khối [R] — 1 cảnh báo"), std::string::npos) << text;
  EXPECT_NE(text.find("Đảng bộ Khối › Chi bộ <Một> & \"Hai\" [C] — 1 lỗi, 1 thông tin"), std::string::npos) << text;
  EXPECT_NE(text.find("Thông điệp tiếng Việt M2"), std::string::npos);
  EXPECT_NE(text.find("(Điều lệ Đảng 2011, Điều 24.1)"), std::string::npos);
  EXPECT_NE(text.find("Ngày tham chiếu 30/09/2019"), std::string::npos);
  EXPECT_NE(text.find("Quy tắc bị lỗi: c/boom"), std::string::npos);
  EXPECT_NE(text.find("Tổng cộng: 1 lỗi, 1 cảnh báo, 1 thông tin ở 2 tổ chức."), std::string::npos) << text;
  EXPECT_EQ(text.find("English message"), std::string::npos);
}

TEST(TextReport, SpeaksEnglishWhenAsked) {
  Fixture fx;
  std::ostringstream out;
  write_text(fx.report("en"), out);
  const std::string text = out.str();
  EXPECT_NE(text.find("English message M1"), std::string::npos);
  EXPECT_NE(text.find("Total: 1 error, 1 warning, 1 info in 2 organizations."), std::string::npos) << text;
  EXPECT_NE(text.find("Plugin not loaded: Refused: ABI 999"), std::string::npos);
  EXPECT_EQ(text.find("Thông điệp"), std::string::npos);
}

TEST(JsonReport, IsValidJsonWithRunMetadataSummaryAndFindings) {
  Fixture fx;
  std::ostringstream out;
  write_json(fx.report("en"), out);
  const auto doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["schema"], "kiemtra.findings/2");
  EXPECT_EQ(doc["run"]["as_of"], "2019-09-30");
  EXPECT_EQ(doc["run"]["tool"]["name"], "kiemtra");
  EXPECT_EQ(doc["run"]["dataset"]["name"], "Tiny");
  EXPECT_EQ(doc["run"]["configuration"]["hash"].get<std::string>().size(), 16u);
  EXPECT_EQ(doc["run"]["plugins"][0]["version"], "1.2.3");
  EXPECT_EQ(doc["run"]["plugins"][1]["loaded"], false);
  EXPECT_EQ(doc["run"]["plugins"][1]["error"], "Refused: ABI 999");
  EXPECT_EQ(doc["run"]["rule_failures"][0]["message"], "boom in check");
  EXPECT_EQ(doc["summary"]["findings"], 3);
  EXPECT_EQ(doc["summary"]["error"], 1);
  EXPECT_EQ(doc["summary"]["warning"], 1);
  EXPECT_EQ(doc["summary"]["info"], 1);
  ASSERT_EQ(doc["findings"].size(), 3u);
  const auto& f = doc["findings"][1];
  EXPECT_EQ(f["rule"], "b/cell");
  EXPECT_EQ(f["org"], "C");
  // Each organization once, parents first, with its parent: the path is the chain of parents.
  ASSERT_EQ(doc["organizations"].size(), 2u);
  EXPECT_EQ(doc["organizations"][1]["id"], "C");
  EXPECT_EQ(doc["organizations"][1]["name"], "Chi bộ <Một> & \"Hai\"");
  EXPECT_EQ(doc["organizations"][1]["parent"], "R");
  EXPECT_EQ(doc["organizations"][1]["depth"], 1);
  EXPECT_EQ(f["subject"]["name"], "Nguyễn Văn <b>An</b>");
  EXPECT_EQ(f["message"], "English message M2");
  EXPECT_FALSE(f.contains("message_vi"));  // one language unless asked for both
  EXPECT_EQ(f["evidence"]["official_members"], "2");
  EXPECT_EQ(doc["citations"][f["citation"].get<int>()]["article"], "Điều 24.1");
}

TEST(JsonReport, CarriesBothLanguagesWhenAskedAndEscapesWhatItWrites) {
  Fixture fx;
  fx.data.members.rows[1].full_name = "Tab\there \"quoted\" bad \xFF byte";
  std::ostringstream out;
  RunReport r = fx.report("vi");
  r.all_languages = true;
  write_json(r, out);
  const auto doc = nlohmann::json::parse(out.str());  // valid JSON, whatever the bytes
  const auto& f = doc["findings"][1];
  EXPECT_EQ(f["message_vi"], "Thông điệp tiếng Việt M2");
  EXPECT_EQ(f["message_en"], "English message M2");
  EXPECT_FALSE(f.contains("message"));
  EXPECT_EQ(f["subject"]["name"], "Tab\there \"quoted\" bad \xEF\xBF\xBD byte");
  EXPECT_EQ(doc["run"]["lang"], "all");
}

TEST(ParamFormat, WritesValuesAsAProfileWould) {
  EXPECT_EQ(format_param_value(std::int64_t{3}), "3");
  EXPECT_EQ(format_param_value(0.15), "0.15");
  EXPECT_EQ(format_param_value(true), "true");
  EXPECT_EQ(format_param_value(std::vector<std::int64_t>{30, 40}), "[30, 40]");
  EXPECT_EQ(format_param_value(NumberMap{{"nam", 62}, {"nu", 60}}), "{nam: 62, nu: 60}");
  EXPECT_EQ(format_param_value(Date::from_ymd(2019, 9, 30)), "2019-09-30");
}

}  // namespace
