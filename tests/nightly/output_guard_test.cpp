// An output that is an input is refused before any work (issue 19, item 1): the input is left as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

/// Runs validate with `--output target` and checks that `input` is byte for byte what it was.
void expect_refused(const fs::path& sample, const fs::path& input, const std::string& target,
                    std::vector<std::string> extra = {}) {
  const std::string before = slurp(input);
  ASSERT_FALSE(before.empty()) << input;
  std::vector<std::string> args{"validate", sample.string(), "--lang", "en", "--quiet", "--output", target};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 2) << target << "\n" << r.err;
  EXPECT_THAT(r.err, HasSubstr("would destroy it")) << target;
  EXPECT_EQ(slurp(input), before) << input << " was changed by --output " << target;
}

TEST(OutputGuard, ADatasetFileIsNeverOverwrittenByTheReport) {
  const auto sample = sample_copy("guard-dataset");
  for (const char* name : {"members.csv", "dues.csv", "dataset.yaml"})
    expect_refused(sample, sample / name, (sample / name).string(), {"--format", "text"});
}

TEST(OutputGuard, ASymlinkOrHardLinkToAnInputIsRefusedToo) {
  const auto sample = sample_copy("guard-links");
  const auto dir = sample.parent_path();
  fs::create_symlink(sample / "members.csv", dir / "report.txt");
  expect_refused(sample, sample / "members.csv", (dir / "report.txt").string());
  fs::create_hard_link(sample / "dues.csv", dir / "hard.txt");
  expect_refused(sample, sample / "dues.csv", (dir / "hard.txt").string());
  // Another spelling of the same path.
  expect_refused(sample, sample / "organizations.csv", (sample / "." / ".." / "sample" / "organizations.csv").string(),
                 {"--format", "csv"});
}

TEST(OutputGuard, TheProfileWaiversAndHistoryAreInputsToo) {
  const auto sample = sample_copy("guard-config");
  const auto dir = sample.parent_path();
  fs::copy_file(source_dir() / "rules" / "default.yaml", dir / "profile.yaml");
  expect_refused(sample, dir / "profile.yaml", (dir / "profile.yaml").string(),
                 {"--config", (dir / "profile.yaml").string(), "--format", "text"});
  std::ofstream(dir / "waivers.yaml") << "waivers: []\n";
  expect_refused(sample, dir / "waivers.yaml", (dir / "waivers.yaml").string(),
                 {"--waivers", (dir / "waivers.yaml").string(), "--format", "text"});
  // The history: a first run records it, a second must not turn it into JSON.
  const auto history = dir / "history.sqlite";
  const auto first = run_cli({"validate", sample.string(), "--quiet", "--history", history.string(), "--format", "json",
                              "--output", (dir / "ok.json").string()});
  ASSERT_EQ(first.exit_code, 1) << first.err;
  expect_refused(sample, history, history.string(), {"--history", history.string(), "--format", "json"});
  const auto listed = run_cli({"history", history.string(), "--lang", "en"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
}

TEST(OutputGuard, AFreshFileBesideTheDatasetIsWritten) {
  const auto sample = sample_copy("guard-fresh");
  const auto out = sample.parent_path() / "report.json";
  const auto r = run_cli({"validate", sample.string(), "--quiet", "--output", out.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(slurp(out), HasSubstr("\"findings\""));
}

}  // namespace
