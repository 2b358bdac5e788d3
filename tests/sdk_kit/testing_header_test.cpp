// kiemtra/testing.hpp, the SDK's GoogleTest helper, run against this build's kiemtra on real fixtures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <kiemtra/testing.hpp>

#include "harness/fixture.hpp"
#include "support/cli.hpp"

namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::string kiemtra_exe() { return (kiemtra::test::binary_dir() / "bin" / "kiemtra").string(); }

TEST(TestingHeader, RunsEveryBuiltinFixtureOfAFamilyAndReadsEachVerdict) {
  const fs::path dir = kiemtra::test::test_dir() / "rules" / "structure";
  const auto run = kiemtra::testing::run_fixtures(dir.string(), {}, kiemtra_exe());
  EXPECT_TRUE(run.ok()) << run.report();
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.fixtures.size(), kiemtra::core::find_fixtures(dir).size());
  EXPECT_EQ(run.failed(), 0u);
  for (const auto& f : run.fixtures) EXPECT_TRUE(f.passed) << f.dir << f.details;
}

TEST(TestingHeader, AFailingFixtureComesBackWithItsDiff) {
  const fs::path root = kiemtra::test::temp_dir("testing-header") / "structure" / "secretary";
  const fs::path src = kiemtra::test::test_dir() / "rules" / "structure" / "secretary" / "fires-two-secretaries";
  fs::create_directories(root / "fires-wrong");
  fs::copy_file(src / "dataset.yaml", root / "fires-wrong" / "dataset.yaml");
  std::ofstream(root / "fires-wrong" / "expected.yaml")
      << "findings:\n  - {rule: structure/secretary, severity: warning, org: CB01, subject: CB01}\n";
  fs::create_directories(root / "fires-right");
  fs::copy_file(src / "dataset.yaml", root / "fires-right" / "dataset.yaml");
  fs::copy_file(src / "expected.yaml", root / "fires-right" / "expected.yaml");

  const auto run = kiemtra::testing::run_fixtures(root.parent_path().parent_path().string(), {}, kiemtra_exe());
  EXPECT_FALSE(run.ok());
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(run.fixtures.size(), 2u);
  EXPECT_THAT(run.fixtures[0].dir, HasSubstr("fires-right"));
  EXPECT_TRUE(run.fixtures[0].passed);
  EXPECT_FALSE(run.fixtures[1].passed);
  EXPECT_THAT(
      run.fixtures[1].details,
      HasSubstr("- expected, not found: {rule: structure/secretary, severity: warning, org: CB01, subject: CB01}"));
  EXPECT_THAT(run.fixtures[1].details, HasSubstr("+ found, not expected: {rule: structure/secretary, severity: error"));
  // The actual findings in expected.yaml's form, ready to paste once reviewed.
  EXPECT_THAT(run.fixtures[1].details,
              HasSubstr("    - {rule: structure/secretary, severity: error, org: CB01, subject: CB01}  # "));
  EXPECT_THAT(run.report(), HasSubstr("FAIL "));
}

TEST(TestingHeader, AMissingFolderARefusedPluginAndAMissingKiemtraAreReported) {
  auto run = kiemtra::testing::run_fixtures("/no/such/fixtures", {}, kiemtra_exe());
  EXPECT_FALSE(run.ok());
  EXPECT_EQ(run.exit_code, 2);
  ASSERT_FALSE(run.messages.empty());
  EXPECT_THAT(run.messages[0], HasSubstr("/no/such/fixtures"));

  const fs::path dir = kiemtra::test::test_dir() / "rules" / "structure" / "secretary";
  run =
      kiemtra::testing::run_fixtures(dir.string(), std::string(KIEMTRA_TEST_PLUGIN_DIR) + "/wrong-abi", kiemtra_exe());
  EXPECT_FALSE(run.ok()) << "a refused plugin must not go unnoticed";
  EXPECT_EQ(run.failed(), 0u);
  EXPECT_THAT(run.report(), HasSubstr("testabi"));

  run = kiemtra::testing::run_fixtures(dir.string(), {}, "/no/such/kiemtra");
  EXPECT_FALSE(run.ok());
  EXPECT_EQ(run.exit_code, 127);
  EXPECT_TRUE(run.fixtures.empty());
}

TEST(TestingHeader, TheExecutableComesFromTheEnvironmentWithoutTheMacro) {
  ::setenv("KIEMTRA_EXECUTABLE", "/opt/kiemtra/bin/kiemtra", 1);
  EXPECT_EQ(kiemtra::testing::default_executable(), "/opt/kiemtra/bin/kiemtra");
  ::unsetenv("KIEMTRA_EXECUTABLE");
  EXPECT_EQ(kiemtra::testing::default_executable(), "kiemtra");
}

}  // namespace
