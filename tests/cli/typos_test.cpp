// Typos that used to pass (issue 19, item 6): a --rules glob matching no rule, and a table file that exists
// but cannot be read, are exit 2 with a reason, never a green run with nothing checked.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/cli.hpp"

namespace {

using kiemtra::test::run_cli;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::string sample() { return (kiemtra::test::source_dir() / "examples" / "sample").string(); }

fs::path sample_copy(const std::string& name) {
  const auto dir = kiemtra::test::temp_dir(name) / "sample";
  fs::copy(sample(), dir, fs::copy_options::recursive);
  return dir;
}

TEST(Typos, ARulesGlobMatchingNoRuleIsExit2WithASuggestion) {
  const auto r = run_cli({"validate", sample(), "--lang", "en", "--rules", "integrty/*"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--rules 'integrty/*' matches no loaded rule (did you mean 'integrity/*'?)"));
  EXPECT_EQ(r.out, "");
  const auto id = run_cli({"validate", sample(), "--rules", "structure/secretry"});
  EXPECT_EQ(id.exit_code, 2);
  EXPECT_THAT(id.err, HasSubstr("có phải ý bạn là 'structure/secretary'?"));
  // One good glob does not excuse a bad one.
  EXPECT_EQ(run_cli({"validate", sample(), "--rules", "structure/*", "--rules", "nothing-like-it/*"}).exit_code, 2);
}

TEST(Typos, ADanglingOrLoopingTableSymlinkIsUnreadableNotAbsent) {
  const auto dangling = sample_copy("typo-dangling");
  fs::remove(dangling / "dues.csv");
  fs::create_symlink(dangling / "no-such-file.csv", dangling / "dues.csv");
  const auto r = run_cli({"validate", dangling.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2) << r.out.substr(0, 500);
  EXPECT_THAT(r.err, HasSubstr("dues.csv"));

  const auto looping = sample_copy("typo-loop");
  fs::remove(looping / "dues.csv");
  fs::create_symlink(looping / "dues.csv", looping / "dues.csv");
  const auto l = run_cli({"validate", looping.string(), "--lang", "en"});
  EXPECT_EQ(l.exit_code, 2);
  EXPECT_THAT(l.err, HasSubstr("dues.csv"));

  const auto folder = sample_copy("typo-folder");
  fs::remove(folder / "dues.csv");
  fs::create_directory(folder / "dues.csv");
  EXPECT_EQ(run_cli({"validate", folder.string()}).exit_code, 2);
}

}  // namespace
