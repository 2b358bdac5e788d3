// A report is written whole or not at all, and a write that fails says why (issue 19, item 4).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>

#include "nightly_fixture.hpp"

namespace {

using namespace kiemtra::test;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::string sample() { return (source_dir() / "examples" / "sample").string(); }
std::string kiemtra() { return (binary_dir() / "bin" / "kiemtra").string(); }

/// Runs a shell command line; its exit code, stderr in `err`.
int shell(const std::string& line, const fs::path& err) {
  const std::string cmd = "env KIEMTRA_PLUGIN_PATH= sh -c '" + line + "' 2>'" + err.string() + "' </dev/null";
  const int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(ReportWrite, AFullStandardOutputIsExit2WithTheReason) {
  const auto dir = temp_dir("write-full");
  for (const char* format : {"text", "json", "xlsx"}) {
    const int code = shell(kiemtra() + " validate " + sample() + " --lang en --quiet --format " + format + " >/dev/full",
                           dir / "err");
    EXPECT_EQ(code, 2) << format;
    EXPECT_THAT(slurp(dir / "err"), HasSubstr("No space left on device")) << format;
  }
  // --print-config writes standard output too.
  EXPECT_EQ(shell(kiemtra() + " validate " + sample() + " --print-config >/dev/full", dir / "err"), 2);
}

TEST(ReportWrite, AFailedWriteLeavesYesterdaysReportWhole) {
  const auto dir = temp_dir("write-atomic");
  const auto out = dir / "report.json";
  const std::string yesterday = "{\"yesterday\": true}\n";
  std::ofstream(out) << yesterday;
  // A file size limit of 1 KiB: the report cannot be written whole (EFBIG instead of SIGXFSZ).
  const int code = shell("trap \"\" XFSZ; ulimit -f 1; exec " + kiemtra() + " validate " + sample() +
                             " --lang en --quiet --output " + out.string(),
                         dir / "err");
  EXPECT_EQ(code, 2);
  EXPECT_THAT(slurp(dir / "err"), HasSubstr("File too large"));
  EXPECT_EQ(slurp(out), yesterday);
  // No temporary file left behind.
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.path().filename() != "err";
  EXPECT_EQ(files, 1u);
}

TEST(ReportWrite, AReportReplacesTheFileASymlinkPointsToAndKeepsItsMode) {
  const auto dir = temp_dir("write-link");
  std::ofstream(dir / "real.json") << "old";
  fs::permissions(dir / "real.json", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink(dir / "real.json", dir / "link.json");
  const auto r = run_cli({"validate", sample(), "--quiet", "--output", (dir / "link.json").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir / "link.json"));
  EXPECT_THAT(slurp(dir / "real.json"), HasSubstr("\"findings\""));
  EXPECT_EQ(fs::status(dir / "real.json").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  // A device is written in place, not replaced.
  EXPECT_EQ(run_cli({"validate", sample(), "--quiet", "--output", "/dev/null", "--format", "json"}).exit_code, 1);
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

}  // namespace
