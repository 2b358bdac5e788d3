// Crash isolation: a plugin that segfaults or hangs costs only its own findings; the run completes with exit 3.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <algorithm>
#include <fstream>

#include "nightly/nightly_fixture.hpp"
#include "util/address_sanitizer.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;
using ::testing::AnyOf;
using ::testing::HasSubstr;

// Under AddressSanitizer a child that writes through a bad pointer reports it, then exits (gcc's runtime) or
// aborts (clang's, with abort_on_error=1) instead of dying of SIGSEGV.
#if defined(KIEMTRA_ADDRESS_SANITIZER)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

std::string sample() { return (source_dir() / "examples" / "sample").string(); }

/// The findings of one rule.
std::vector<json> of_rule(const json& doc, const std::string& rule) {
  std::vector<json> out;
  for (const auto& f : doc["findings"])
    if (f["rule"] == rule) out.push_back(f);
  return out;
}

TEST(Isolation, ASegfaultingPluginCostsOnlyItsOwnFindings) {
  const auto plain = run_cli({"validate", sample(), "--format", "json"});
  const auto crashed =
      run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--plugins", test_plugin("crash")});
  ASSERT_EQ(crashed.exit_code, 3) << crashed.err;
  const json a = json::parse(plain.out), b = json::parse(crashed.out);
  // Every built-in finding is still there.
  std::size_t builtin = 0;
  for (const auto& f : b["findings"])
    builtin +=
        f["rule"].get<std::string>().rfind("test", 0) != 0 && f["rule"].get<std::string>().rfind("engine/", 0) != 0;
  EXPECT_EQ(builtin, a["findings"].size());
  // The rule that finished before the crash keeps its finding; the crash is itself a finding.
  EXPECT_EQ(of_rule(b, "testcrash/a-fine").size(), 1u);
  const auto crash = of_rule(b, "engine/plugin-crashed");
  ASSERT_EQ(crash.size(), 1u);
  EXPECT_EQ(crash[0]["severity"], "error");
  EXPECT_EQ(crash[0]["evidence"]["plugin"], "testcrash");
  EXPECT_EQ(crash[0]["evidence"]["rule"], "testcrash/segfaults");
  const std::string signal = crash[0]["evidence"]["signal"].get<std::string>();
  if (kSanitized)
    EXPECT_THAT(signal, AnyOf(HasSubstr("SIGSEGV"), HasSubstr("exit"), HasSubstr("SIGABRT")));
  else
    EXPECT_THAT(signal, HasSubstr("SIGSEGV"));
  EXPECT_THAT(crashed.err, HasSubstr("plugin testcrash crashed"));
}

TEST(Isolation, AHangingRuleIsStoppedAfterTheTimeout) {
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--rule-timeout", "1", "--plugins",
                          test_plugin("hang"), "--jobs", "2"});
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(r.exit_code, 3) << r.err;
  EXPECT_LT(seconds, 30.0);
  const json doc = json::parse(r.out);
  const auto crash = of_rule(doc, "engine/plugin-crashed");
  ASSERT_EQ(crash.size(), 1u);
  EXPECT_EQ(crash[0]["evidence"]["rule"], "testhang/hangs");
  EXPECT_EQ(crash[0]["evidence"]["signal"], "timeout");
  EXPECT_THAT(crash[0]["message"].get<std::string>(), HasSubstr("--rule-timeout"));
  EXPECT_FALSE(of_rule(doc, "structure/cell-min-official-members").empty());
}

TEST(Isolation, IsolatedAndInProcessRunsReportTheSameFindings) {
  const auto isolated = run_cli({"validate", sample(), "--format", "json", "--jobs", "2"});
  const auto in_process = run_cli({"validate", sample(), "--format", "json", "--no-isolate"});
  ASSERT_EQ(isolated.exit_code, 1);
  ASSERT_EQ(in_process.exit_code, 1);
  EXPECT_EQ(json::parse(isolated.out)["findings"], json::parse(in_process.out)["findings"]);
}

// Findings about rows of the tables after events (ratings, meetings, attendance) cross the isolation boundary: the
// parent once refused any table past events as a corrupt record and stopped the plugin (a dangling rating or
// attendance row cost every integrity finding).
TEST(Isolation, FindingsOnTheNewerTablesCrossTheBoundary) {
  const std::filesystem::path dir = temp_dir("isolation-newer-tables");
  std::ofstream(dir / "dataset.yaml") << R"(name: Chi bộ Mẫu
as_of: 2019-09-30
organizations:
  - {id: DU, parent_id: "", name: Đảng ủy Mẫu, kind: cap_tren_co_so}
  - {id: CB01, parent_id: DU, name: Chi bộ Văn phòng, kind: chi_bo_co_so}
members:
  - {id: DV01, org_id: CB01, full_name: Nguyễn Văn An, gender: nam, birth_date: 1975-01-01, status: chinh_thuc, admitted_on: 2005-05-01, official_on: 2006-05-01}
ratings:
  - {member_id: DV09, year: 2018, rating: tot}
meetings:
  - {id: H1, org_id: CB01, date: 2019-01-10, kind: thuong_ky}
attendance:
  - {meeting_id: H7, member_id: DV01}
)";
  const auto r = run_cli({"validate", dir.string(), "--format", "json", "--lang", "en", "--fail-on", "never"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_TRUE(of_rule(doc, "engine/plugin-crashed").empty()) << r.out;
  const auto dangling = of_rule(doc, "integrity/dangling-reference");
  ASSERT_EQ(dangling.size(), 2u) << r.out;
  std::vector<std::string> subjects;
  for (const auto& f : dangling) subjects.push_back(f["subject"]["id"]);
  std::sort(subjects.begin(), subjects.end());
  EXPECT_EQ(subjects, (std::vector<std::string>{"meetings/H7", "members/DV09"}));
}

TEST(Isolation, EngineRulesAreListedAndExplained) {
  const auto list = run_cli({"rules", "list", "--lang", "en"});
  EXPECT_THAT(list.out, HasSubstr("engine/plugin-crashed"));
  EXPECT_THAT(list.out, HasSubstr("engine/waiver-expired"));
  EXPECT_THAT(list.out, HasSubstr("engine/waiver-unused"));
  const auto explain = run_cli({"rules", "explain", "engine/waiver-expired"});
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_THAT(explain.out, HasSubstr("Miễn trừ đã hết hạn"));
  EXPECT_THAT(explain.out, HasSubstr("Quy ước vận hành kiemtra v1"));
}

TEST(Progress, OnATerminalEachPhaseIsShownOnStderrAndNothingReachesStdout) {
  const auto dir = temp_dir("progress-tty");
  const auto tty = run_on_terminal({"validate", sample(), "--format", "json", "--lang", "en"}, dir / "out.json");
  EXPECT_EQ(tty.exit_code, 1) << tty.err;
  EXPECT_THAT(tty.err, HasSubstr("Reading"));
  EXPECT_THAT(tty.err, HasSubstr("Running rules"));
  EXPECT_THAT(tty.err, HasSubstr("\x1b[K"));  // each update rewrites the line
  EXPECT_TRUE(json::accept(tty.out)) << tty.out.substr(0, 200);

  const auto quiet =
      run_on_terminal({"validate", sample(), "--format", "json", "--lang", "en", "--quiet"}, dir / "quiet.json");
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, tty.out);
}

TEST(Progress, NothingOnStderrWhenItIsNotATerminal) {
  const auto r = run_cli({"validate", sample(), "--format", "json"});
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(json::accept(r.out));
}

}  // namespace
