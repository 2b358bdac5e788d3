// Runs the kiemtra binary as a child process, as a user would.
#include "support/cli.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace kiemtra::test {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {
std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}
}  // namespace

std::filesystem::path test_dir() { return KIEMTRA_TEST_DIR; }
std::filesystem::path source_dir() { return KIEMTRA_SOURCE_DIR_FOR_TESTS; }
std::filesystem::path binary_dir() { return KIEMTRA_BINARY_DIR; }

namespace {
const std::filesystem::path& temp_base() {
  // Leaked on purpose: the exit handler below must still see it after statics are destroyed.
  static const auto* base = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                                      ("kiemtra-test-" + std::to_string(::getpid())));
  static const bool registered = [] {
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(*base, ec);
    });
    return true;
  }();
  (void)registered;
  return *base;
}
}  // namespace

std::filesystem::path temp_dir(const std::string& name) {
  const auto& base = temp_base();
  auto dir = base / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

CliResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env) {
  static int counter = 0;
  auto dir = temp_dir("cli-" + std::to_string(++counter));
  std::string cmd = "env KIEMTRA_PLUGIN_PATH=";
  for (const auto& e : env) cmd += " " + quote(e);
  cmd += " " + quote((binary_dir() / "bin" / "kiemtra").string());
  for (const auto& a : args) cmd += " " + quote(a);
  cmd += " </dev/null >" + quote((dir / "out").string()) + " 2>" + quote((dir / "err").string());
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(dir / "out");
  r.err = slurp(dir / "err");
  return r;
}

}  // namespace kiemtra::test
