// Runs the kiemtra binary as a child process, as a user would.
#include "support/cli.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
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

CliResult run_on_terminal(const std::vector<std::string>& args, const std::filesystem::path& stdout_file,
                          const std::vector<std::string>& env) {
  CliResult r;
  const int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
    r.err = "<no pty>";
    return r;
  }
  const std::string slave_name = ptsname(master);
  const std::string binary = (binary_dir() / "bin" / "kiemtra").string();
  const pid_t pid = fork();
  if (pid == 0) {
    const int slave = open(slave_name.c_str(), O_RDWR);
    const int out = stdout_file.empty() ? slave : open(stdout_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = open("/dev/null", O_RDONLY);
    if (slave < 0 || out < 0 || in < 0) _exit(127);
    dup2(in, STDIN_FILENO);
    dup2(slave, STDERR_FILENO);
    dup2(out, STDOUT_FILENO);
    close(master);
    std::vector<char*> argv{const_cast<char*>(binary.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    setenv("KIEMTRA_PLUGIN_PATH", "", 1);
    for (const auto& e : env) {
      const auto eq = e.find('=');
      setenv(e.substr(0, eq).c_str(), eq == std::string::npos ? "" : e.substr(eq + 1).c_str(), 1);
    }
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  char buf[4096];
  for (;;) {
    const ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) r.err.append(buf, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;  // EIO: the child closed the terminal
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  close(master);
  if (!stdout_file.empty()) r.out = slurp(stdout_file);
  return r;
}

}  // namespace kiemtra::test
