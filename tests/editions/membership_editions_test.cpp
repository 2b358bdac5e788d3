// Editions by effective date, as a user sees them in the JSON report: a membership finding cites the implementing
// regulation in force on the date of its fact, and a profile's own edition is cited from its date.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
namespace fs = std::filesystem;

std::string fixture(const std::string& rule, const std::string& name) {
  return (kiemtra::test::test_dir() / "rules" / "membership" / rule / name / "dataset.yaml").string();
}

// subject -> "document, article" of each finding of the JSON report.
std::map<std::string, std::string> citations(const std::vector<std::string>& args) {
  const auto r = run_cli(args);
  EXPECT_NE(r.exit_code, 2) << r.err;
  std::map<std::string, std::string> out;
  const auto doc = nlohmann::json::parse(r.out, nullptr, false);
  if (doc.is_discarded()) {
    ADD_FAILURE() << "not JSON: " << r.out << r.err;
    return out;
  }
  for (const auto& f : doc["findings"]) {
    const auto& c = doc["citations"][f["citation"].get<std::size_t>()];
    out[f["subject"]["id"].get<std::string>()] =
        c["document"].get<std::string>() + ", " + c["article"].get<std::string>();
  }
  return out;
}

TEST(MembershipEditions, ProbationReviewCitesTheRegulationInForceWhenProbationEnded) {
  // Probation of DV01 ended on 2021-07-29, of DV03 on 2021-07-30, the day 24-QĐ/TW replaced 29-QĐ/TW.
  const auto c = citations({"validate", fixture("probation-overdue", "fires-edition-switch-2021"), "--format", "json",
                            "--rules", "membership/probation-overdue"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c.at("DV01"), "Quy định 29-QĐ/TW (25/7/2016), Điểm 4.2");
  EXPECT_EQ(c.at("DV03"), "Quy định 24-QĐ/TW (30/7/2021), Điểm 4.2");
}

TEST(MembershipEditions, TransferCitesTheRegulationInForceOnTheIssueDate) {
  const auto c = citations({"validate", fixture("transfer-not-presented", "fires-edition-switch-2021"), "--format",
                            "json", "--rules", "membership/transfer-not-presented"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c.at("DV08"), "Quy định 29-QĐ/TW (25/7/2016), Điểm 6.3.1");
  EXPECT_EQ(c.at("DV09"), "Quy định 24-QĐ/TW (30/7/2021), Điểm 6.3.1");
}

TEST(MembershipEditions, AProvincesStricterEditionInYamlAppliesFromItsDate) {
  // From 2021-07-30 this province wants the paper within 20 working days: the paper issued that day (presented
  // on 2021-12-01) is judged and cited by the province's edition; the one issued the day before keeps 29-QĐ/TW.
  const auto dir = kiemtra::test::temp_dir("membership-editions");
  const auto profile = dir / "tinh.yaml";
  std::ofstream(profile) << "extends: default\n"
                            "rules:\n"
                            "  membership/transfer-not-presented:\n"
                            "    editions:\n"
                            "      - from: 2021-07-30\n"
                            "        citation: {document: \"Hướng dẫn 05-HD/TU\", article: \"Điểm 3\"}\n"
                            "        params: {present_within_working_days: 20}\n";
  const auto c = citations({"validate", fixture("transfer-not-presented", "fires-edition-switch-2021"), "--format",
                            "json", "--rules", "membership/transfer-not-presented", "--config", profile.string()});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c.at("DV08"), "Quy định 29-QĐ/TW (25/7/2016), Điểm 6.3.1");
  EXPECT_EQ(c.at("DV09"), "Hướng dẫn 05-HD/TU, Điểm 3");
}

TEST(MembershipEditions, ReplacingTheCalendarMovesAWorkingDayDeadline) {
  // Tết 2024 inside the deadline: with the built-in calendar the review is not late on 2024-02-26; a profile that
  // replaces the calendar with no holidays at all makes it late.
  const std::string data = fixture("probation-overdue", "passes-tet-inside-the-deadline");
  EXPECT_TRUE(citations({"validate", data, "--format", "json", "--rules", "membership/probation-overdue"}).empty());
  const auto dir = kiemtra::test::temp_dir("membership-calendar");
  const auto profile = dir / "no-holidays.yaml";
  std::ofstream(profile) << "extends: default\ncalendar: {replace: true}\n";
  EXPECT_EQ(citations({"validate", data, "--format", "json", "--rules", "membership/probation-overdue", "--config",
                       profile.string()})
                .size(),
            1u);
}

TEST(MembershipEditions, BadgeDueCitesThe2025GuidanceFromItsDate) {
  // The award of 19/5/2025 falls under 01-HD/TW (28/9/2021); that of 2/9/2025 under its successor 06-HD/TW (9/6/2025).
  const std::string data = fixture("badge-due", "fires-2025-guidance-edition");
  const auto before = citations({"validate", data, "--format", "json", "--rules", "membership/badge-due", "--as-of",
                                 "2025-04-30"});
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before.at("DV01"), "Hướng dẫn 01-HD/TW (28/9/2021), Điểm 18");
  const auto after = citations({"validate", data, "--format", "json", "--rules", "membership/badge-due"});
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after.at("DV01"), "Hướng dẫn 06-HD/TW (09/6/2025), Huy hiệu Đảng");
}

TEST(AdmissionEditions, CourseCertificateCitesThe2025GuidanceFromItsDate) {
  // Files resolved by the cell on 6/6/2025 and 10/6/2025, either side of 06-HD/TW (9/6/2025).
  const auto data = kiemtra::test::test_dir() / "rules" / "admission" / "course-certificate" /
                    "fires-missing-either-side-of-2025-guidance" / "dataset.yaml";
  const auto c = citations({"validate", data.string(), "--format", "json", "--rules", "admission/course-certificate"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_THAT(c.at("UV01"), ::testing::StartsWith("Quy định 232-QĐ/TW (20/01/2025), "));
  EXPECT_THAT(c.at("UV01"), ::testing::HasSubstr("Hướng dẫn 01-HD/TW (28/9/2021)"));
  EXPECT_THAT(c.at("UV02"), ::testing::StartsWith("Quy định 232-QĐ/TW (20/01/2025), "));
  EXPECT_THAT(c.at("UV02"), ::testing::HasSubstr("Hướng dẫn 06-HD/TW (09/6/2025)"));
}

}  // namespace
