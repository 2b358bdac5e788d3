// What a plugin child may do to the host is bounded (issue 19, items 2 and 3): a flood of findings fails
// its rule alone, a child's stdout never reaches the report, a process it forks cannot stall the run, a
// plugin that crashes while loading is refused, and --rule-timeout takes only sensible values.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>

#include "nightly/nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

std::string sample() { return (source_dir() / "examples" / "sample").string(); }

std::size_t count_rule(const json& doc, const std::string& prefix) {
  std::size_t n = 0;
  for (const auto& f : doc["findings"]) n += f["rule"].get<std::string>().rfind(prefix, 0) == 0;
  return n;
}

TEST(IsolationLimits, AFloodingRuleFailsAloneAndTheReportIsWhole) {
  const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--quiet", "--jobs", "2",
                          "--plugins", test_plugin("flood")});
  ASSERT_EQ(r.exit_code, 3) << r.err.substr(0, 2000);
  EXPECT_THAT(r.err, HasSubstr("rule testflood/floods (plugin testflood) failed: reported more than the limit"));
  EXPECT_THAT(r.err, HasSubstr("rule testflood/swallows (plugin testflood) failed: reported more than the limit"));
  const json doc = json::parse(r.out);
  EXPECT_EQ(count_rule(doc, "testflood/"), 0u);
  EXPECT_GT(count_rule(doc, "structure/"), 0u);
}

TEST(IsolationLimits, AFloodingRuleFailsInProcessToo) {
  const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--quiet", "--no-isolate",
                          "--rules", "testflood/floods", "--plugins", test_plugin("flood")});
  ASSERT_EQ(r.exit_code, 3) << r.err.substr(0, 2000);
  EXPECT_THAT(r.err, HasSubstr("reported more than the limit of 1000000 findings"));
}

TEST(IsolationLimits, WhatAPluginPrintsNeverReachesTheReportAndItsForksDoNotStallTheRun) {
  const auto start = std::chrono::steady_clock::now();
  const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--quiet", "--plugins",
                          test_plugin("noisy")});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 60.0);  // the forked process sleeps 120 s holding the pipe
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(json::accept(r.out)) << r.out.substr(0, 300);
  EXPECT_THAT(r.out, Not(HasSubstr("NOISE")));
  EXPECT_THAT(r.err, HasSubstr("NOISE from a plugin on stdout"));
}

TEST(IsolationLimits, APluginThatCrashesWhileLoadingIsRefusedAndTheRunGoesOn) {
  for (const bool isolate : {true, false}) {
    const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--quiet",
                            isolate ? "--isolate" : "--no-isolate", "--plugins", test_plugin("static-crash")});
    ASSERT_EQ(r.exit_code, 3) << r.err;
    EXPECT_THAT(r.err, ::testing::AnyOf(HasSubstr("crashed while loading (SIGSEGV)"),
                                        HasSubstr("crashed while loading (SIGABRT)"),  // ASan with abort_on_error
                                        HasSubstr("failed while loading (exit")));  // ASan otherwise
    EXPECT_GT(count_rule(json::parse(r.out), "structure/"), 0u);
  }
}

TEST(IsolationLimits, ADescriptorThatIsAnIntIsRefusedUnloaded) {
  const auto r = run_cli({"validate", sample(), "--format", "json", "--lang", "en", "--quiet", "--plugins",
                          test_plugin("int-descriptor")},
                         {"KIEMTRA_TEST_INTDESC_LOADED="});
  ASSERT_EQ(r.exit_code, 3) << r.err;
  EXPECT_THAT(r.err, HasSubstr("but not as a plugin descriptor (wrong type or size)"));
  EXPECT_TRUE(json::accept(r.out));
}

TEST(IsolationLimits, RuleTimeoutTakesOnlyAFiniteNumberOfSecondsUpToADay) {
  for (const char* bad : {"nan", "inf", "1e10", "1e308", "-1", "86401"}) {
    const auto r = run_cli({"validate", sample(), "--lang", "en", "--quiet", std::string("--rule-timeout=") + bad});
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr("--rule-timeout")) << bad;
  }
  EXPECT_EQ(run_cli({"validate", sample(), "--quiet", "--rule-timeout", "86400"}).exit_code, 1);
  EXPECT_EQ(run_cli({"validate", sample(), "--quiet", "--rule-timeout", "0"}).exit_code, 1);
}

}  // namespace
