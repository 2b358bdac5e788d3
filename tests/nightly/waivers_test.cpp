// Waivers: waived findings are reported as waived and do not count for the exit code; expired and
// unused waivers are findings; a waiver without reason, owner or expiry is a configuration error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;
using ::testing::HasSubstr;

std::string sample() { return (source_dir() / "examples" / "sample").string(); }

const char* kWaivers = R"(waivers:
  - rule: "structure/*"
    org: "*"
    reason: Sáp nhập chi bộ đang chờ quyết định
    owner: Văn phòng Đảng ủy Khối
    expires: 2030-12-31
  - rule: dues/underpaid
    org: CB0102
    reason: old
    owner: Ban Tổ chức
    expires: 2019-01-31
  - rule: membership/badge-due
    org: CB0101
    subject: DV001
    reason: nothing matches this
    owner: Ban Tổ chức
    expires: 31/12/2030
)";

TEST(Waivers, WaivedFindingsAreShownAndDoNotCountExpiredAndUnusedAreFindings) {
  const auto dir = temp_dir("waivers");
  const auto file = dir / "waivers.yaml";
  std::ofstream(file) << kWaivers;
  // Without waivers the structure rules fail the run; with them, only a warning and an info remain.
  EXPECT_EQ(run_cli({"validate", sample(), "--rules", "structure/*"}).exit_code, 1);
  const auto r =
      run_cli({"validate", sample(), "--rules", "structure/*", "--waivers", file.string(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json doc = json::parse(r.out);
  std::size_t waived = 0, expired = 0, unused = 0;
  for (const auto& f : doc["findings"]) {
    const std::string rule = f["rule"];
    if (rule.rfind("structure/", 0) == 0) {
      EXPECT_EQ(f["waived"], true) << f.dump();
      EXPECT_EQ(f["waiver"]["owner"], "Văn phòng Đảng ủy Khối");
      ++waived;
    }
    if (rule == "engine/waiver-expired") {
      ++expired;
      EXPECT_EQ(f["severity"], "warning");
      EXPECT_EQ(f["org"], "CB0102");
      EXPECT_THAT(f["location"].get<std::string>(), HasSubstr("waivers.yaml:7"));
    }
    if (rule == "engine/waiver-unused") {
      ++unused;
      EXPECT_EQ(f["evidence"]["subject"], "DV001");
    }
  }
  EXPECT_GT(waived, 0u);
  EXPECT_EQ(doc["summary"]["waived"], waived);
  EXPECT_EQ(expired, 1u);
  EXPECT_EQ(unused, 1u);
  EXPECT_EQ(doc["run"]["waivers"].size(), 3u);
  EXPECT_EQ(doc["run"]["waivers"][0]["findings"], waived);
  // The expired waiver's warning counts again with --fail-on warning.
  EXPECT_EQ(
      run_cli({"validate", sample(), "--rules", "structure/*", "--waivers", file.string(), "--fail-on", "warning"})
          .exit_code,
      1);

  const auto out = dir / "out";
  std::filesystem::create_directories(out);
  ASSERT_EQ(
      run_cli({"validate", sample(), "--rules", "structure/*", "--waivers", file.string(), "--output",
               (out / "r.sarif").string(), "--output", (out / "r.txt").string(), "--output", (out / "r.html").string(),
               "--output", (out / "r.junit.xml").string(), "--output", (out / "r.csv").string()})
          .exit_code,
      0);
  const json sarif = json::parse(slurp(out / "r.sarif"));
  std::size_t suppressed = 0;
  for (const auto& res : sarif["runs"][0]["results"])
    if (res.contains("suppressions")) {
      ++suppressed;
      EXPECT_EQ(res["suppressions"][0]["status"], "accepted");
      EXPECT_EQ(res["suppressions"][0]["justification"], "Sáp nhập chi bộ đang chờ quyết định");
    }
  EXPECT_EQ(suppressed, waived);
  EXPECT_THAT(slurp(out / "r.txt"), HasSubstr("Được miễn trừ: Sáp nhập chi bộ đang chờ quyết định"));
  EXPECT_THAT(slurp(out / "r.html"), HasSubstr("id=\"waivers\""));
  EXPECT_THAT(slurp(out / "r.junit.xml"), HasSubstr("<skipped"));
  EXPECT_THAT(slurp(out / "r.csv"), HasSubstr("Sáp nhập chi bộ đang chờ quyết định (Văn phòng Đảng ủy Khối"));
}

TEST(Waivers, AProfileMayHoldWaiversToo) {
  const auto dir = temp_dir("waivers-profile");
  const auto profile = dir / "nightly.yaml";
  std::ofstream(profile) << "extends: default\n" << kWaivers;
  EXPECT_EQ(run_cli({"check-config", profile.string()}).exit_code, 0);
  const auto r = run_cli({"validate", sample(), "--rules", "structure/*", "--config", profile.string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("Được miễn trừ"));
}

TEST(Waivers, AWaiverWithoutReasonOwnerOrExpiryIsAConfigurationErrorNamingFileAndLine) {
  const auto dir = temp_dir("waivers-bad");
  const auto file = dir / "bad.yaml";
  std::ofstream(file) << "- rule: structure/secretary\n  org: CB03\n  owner: Ban Tổ chức\n  expires: 2030-02-30\n";
  const auto r = run_cli({"validate", sample(), "--waivers", file.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr(file.string() + ":1:3: waiver without 'reason'"));
  EXPECT_THAT(r.err, HasSubstr(file.string() + ":4:12: the waiver's 'expires' must be a date that exists"));
  const auto profile = dir / "p.yaml";
  std::ofstream(profile) << "waivers:\n  - {rule: structure/secretary, org: CB03, reason: x, expires: 2030-01-01}\n";
  const auto c = run_cli({"validate", sample(), "--config", profile.string(), "--lang", "en"});
  EXPECT_EQ(c.exit_code, 2);
  EXPECT_THAT(c.err, HasSubstr(profile.string() + ":2:5: waiver without 'owner'"));
}

TEST(ExitPolicy, MaxWarningsCountsUnwaivedWarnings) {
  EXPECT_EQ(run_cli({"validate", sample(), "--fail-on", "never", "--max-warnings", "0"}).exit_code, 1);
  EXPECT_EQ(run_cli({"validate", sample(), "--fail-on", "never", "--max-warnings", "1000"}).exit_code, 0);
}

}  // namespace

namespace {

// A row finding is waived by its key (members/DV017) and, written before rows had keys, by its file:line.
TEST(Waivers, ARowFindingIsCoveredByItsKeyAndByTheFileLineOfEarlierVersions) {
  for (const std::string subject : {"members/DV017", "\"members.csv:18\"", "members/*"}) {
    const auto dir = temp_dir("waivers-row");
    const auto file = dir / "waivers.yaml";
    std::ofstream(file) << "waivers:\n  - rule: integrity/bad-value\n    org: CB04\n    subject: " << subject
                        << "\n    reason: đang xác minh\n    owner: Văn phòng\n    expires: 2099-12-31\n";
    const auto r = kiemtra::test::run_cli({"validate", sample(), "--rules", "integrity/bad-value", "--waivers",
                                           file.string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << subject << r.err;
    const json doc = json::parse(r.out);
    ASSERT_EQ(doc["findings"].size(), 1u) << subject << doc["findings"].dump(1);
    EXPECT_EQ(doc["findings"][0]["waived"], true) << subject;
  }
}

}  // namespace
