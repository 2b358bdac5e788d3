// SARIF: one run, rules with metadata and help, results with logical locations and stable fingerprints.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "report_fixture.hpp"

namespace {

using namespace kiemtra;
using namespace kiemtra::core;
using kiemtra::test::ReportFixture;
using nlohmann::json;

json sarif_of(const ReportFixture& fx, const std::string& lang = "vi") {
  std::ostringstream out;
  write_sarif(fx.report(lang), out);
  return json::parse(out.str());
}

TEST(SarifReport, OneRunWithTheRulesAndTheirHelp) {
  const json doc = sarif_of(ReportFixture{}, "en");
  EXPECT_EQ(doc["version"], "2.1.0");
  ASSERT_EQ(doc["runs"].size(), 1u);
  const json& run = doc["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "kiemtra");
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 5u);  // the rules that ran, by id
  EXPECT_EQ(rules[0]["id"], "integrity/dangling-reference");
  EXPECT_EQ(rules[0]["name"], "DanglingReference");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "Title integrity/dangling-reference");
  const json& size = rules[4];
  EXPECT_EQ(size["id"], "structure/size");
  EXPECT_EQ(size["defaultConfiguration"]["level"], "warning");  // the profile's severity
  EXPECT_NE(size["help"]["text"].get<std::string>().find("Source: Điều lệ Đảng 2011, Điều 24.1"), std::string::npos);
  EXPECT_NE(size["help"]["text"].get<std::string>().find("min_official = 3"), std::string::npos);
  EXPECT_EQ(size["properties"]["family"], "structure");
  EXPECT_EQ(size["properties"]["plugin"], "fakeplug");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"].size(), 2u);  // refused plugin, failed rule
}

TEST(SarifReport, ResultsCarryLevelMessageLocationsAndFingerprints) {
  const json doc = sarif_of(ReportFixture{}, "en");
  const json& run = doc["runs"][0];
  const json& results = run["results"];
  ASSERT_EQ(results.size(), 6u);
  const json& member = results[2];
  EXPECT_EQ(member["ruleId"], "integrity/status");
  EXPECT_EQ(run["tool"]["driver"]["rules"][member["ruleIndex"].get<int>()]["id"], "integrity/status");
  EXPECT_EQ(member["level"], "error");
  EXPECT_EQ(member["message"]["text"], "Message M1 <i>italic</i>");
  const json& logical = member["locations"][0]["logicalLocations"];
  ASSERT_EQ(logical.size(), 2u);
  const std::string path = "Đảng bộ Khối › Đảng bộ \"><img src=x onerror=alert(1)> › Chi bộ <b>Một</b> & Hai";
  EXPECT_EQ(logical[0]["fullyQualifiedName"], path);
  EXPECT_EQ(logical[0]["kind"], "organization");
  EXPECT_EQ(run["logicalLocations"][logical[0]["index"].get<int>()]["properties"]["id"], "C1");
  EXPECT_EQ(logical[1]["kind"], "member");
  EXPECT_EQ(logical[1]["fullyQualifiedName"], path + " › <script>alert(1)</script> (M1)");
  EXPECT_EQ(results[4]["level"], "note");  // info
  // A place in a file becomes a physical location relative to the dataset folder.
  const json& row = results[0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(row["artifactLocation"]["uri"], "members.csv");
  EXPECT_EQ(row["artifactLocation"]["uriBaseId"], "DATASET");
  EXPECT_EQ(row["region"]["startLine"], 7);
  EXPECT_EQ(row["region"]["startColumn"], 5);
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  // The organization tree as logical locations: only organizations with findings below them.
  ASSERT_EQ(run["logicalLocations"].size(), 4u);  // R, D, C1, C2; not Q
  EXPECT_EQ(run["logicalLocations"][2]["parentIndex"], 1);
}

TEST(SarifReport, FingerprintsIgnoreWordingAndTellEveryFindingApart) {
  ReportFixture fx;
  const json a = sarif_of(fx, "vi");
  // The other language is other wording of the same findings.
  const json b = sarif_of(fx, "en");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < a["runs"][0]["results"].size(); ++i) {
    const auto fa = a["runs"][0]["results"][i]["partialFingerprints"]["kiemtraFinding/v1"].get<std::string>();
    EXPECT_EQ(fa, b["runs"][0]["results"][i]["partialFingerprints"]["kiemtraFinding/v1"]);
    EXPECT_EQ(fa.size(), 32u);
    seen.insert(fa);
  }
  EXPECT_EQ(seen.size(), 6u);
  // Same rule, organization and subject: the discriminator or the rank tells them apart.
  const auto again = [&](const char* discriminator) {
    Finding f;
    f.subject_kind = SubjectKind::row;
    f.org = 0;
    f.name = "H06";
    f.discriminator = discriminator;
    f.at(TableId::members, 7, 5);
    fx.add(f, Severity::error, "integrity/dangling-reference", "members.csv:7");
  };
  again("org_id");
  again("other");
  fx.finish();
  const json c = sarif_of(fx);
  std::set<std::string> all;
  for (const auto& r : c["runs"][0]["results"])
    all.insert(r["partialFingerprints"]["kiemtraFinding/v1"].get<std::string>());
  EXPECT_EQ(all.size(), 8u);
}

}  // namespace
