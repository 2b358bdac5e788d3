// restart_with_huge_pages: a large input runs again once, with glibc's huge-page tunable added to what the
// environment had and its arguments unchanged; a small input, KIEMTRA_HUGE_PAGES=0 or a tunable already set are
// left alone. On a kernel whose THP is not "madvise" nothing is restarted (there is nothing to ask for).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "support/cli.hpp"

namespace kiemtra::test {
namespace {

bool huge_pages_on_request() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(in, modes);
  return modes.find("[madvise]") != std::string::npos;
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// The probe's output when run with `env` (NAME=VALUE) over an environment without either variable.
std::string probe(const std::vector<std::string>& env, const std::vector<std::string>& args) {
  const auto dir = temp_dir("huge-pages");
  std::string cmd = "env -u GLIBC_TUNABLES -u KIEMTRA_HUGE_PAGES -u KIEMTRA_PROBE_STARTS";
  for (const auto& e : env) cmd += " " + quote(e);
  cmd += " " + quote(KIEMTRA_HUGE_PAGES_PROBE);
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " >" + quote((dir / "out").string());
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return slurp(dir / "out");
}

const std::string kArgs = "arg large\narg two words\narg Đảng bộ\narg \n";

TEST(HugePages, ALargeInputRunsAgainOnceWithTheTunableAndTheSameArguments) {
  const std::string out = probe({}, {"large", "two words", "Đảng bộ", ""});
  if (huge_pages_on_request())
    EXPECT_EQ(out, "starts 2\ntunables glibc.malloc.hugetlb=1\n" + kArgs);
  else
    EXPECT_EQ(out, "starts 1\ntunables (unset)\n" + kArgs);
}

TEST(HugePages, TheEnvironmentsOtherTunablesAreKept) {
  const std::string out = probe({"GLIBC_TUNABLES=glibc.malloc.arena_max=2"}, {"large"});
  if (huge_pages_on_request())
    EXPECT_EQ(out, "starts 2\ntunables glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1\narg large\n");
  else
    EXPECT_EQ(out, "starts 1\ntunables glibc.malloc.arena_max=2\narg large\n");
}

TEST(HugePages, ASmallInputIsNotRestartedUnlessAsked) {
  EXPECT_EQ(probe({}, {"small"}), "starts 1\ntunables (unset)\narg small\n");
  const std::string asked = probe({"KIEMTRA_HUGE_PAGES=1"}, {"small"});
  if (huge_pages_on_request())
    EXPECT_EQ(asked, "starts 2\ntunables glibc.malloc.hugetlb=1\narg small\n");
  else
    EXPECT_EQ(asked, "starts 1\ntunables (unset)\narg small\n");
}

TEST(HugePages, NeverWhenTurnedOffOrWhenTheTunableIsAlreadyChosen) {
  EXPECT_EQ(probe({"KIEMTRA_HUGE_PAGES=0"}, {"large"}), "starts 1\ntunables (unset)\narg large\n");
  EXPECT_EQ(probe({"GLIBC_TUNABLES=glibc.malloc.hugetlb=0"}, {"large"}),
            "starts 1\ntunables glibc.malloc.hugetlb=0\narg large\n");
}

}  // namespace
}  // namespace kiemtra::test
