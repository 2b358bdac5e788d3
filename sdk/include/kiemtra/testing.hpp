// Rule fixtures from an author's own tests (GoogleTest or any other): runs the installed `kiemtra test-rules`.
#pragma once

// Header-only and independent of the core: it runs kiemtra as a process, exactly as an author does by hand, so a
// test sees the same plugin loading and the same fixture diffs. POSIX only (popen, mkstemp).

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN
namespace testing {

/// The result of one fixture folder, as `kiemtra test-rules` reported it.
struct FixtureOutcome {
  std::string dir;  ///< the fixture folder
  bool passed = false;
  std::string details;  ///< why it failed: expected findings not found, findings not expected, the actual findings
};

/// The result of one `kiemtra test-rules` run.
struct FixtureRun {
  std::string command;  ///< the command line that ran
  int exit_code = -1;   ///< 0 all passed, 1 some failed, 2 bad usage (e.g. no such folder)
  std::vector<FixtureOutcome> fixtures;
  std::vector<std::string> messages;  ///< lines outside any fixture: refused plugins, usage errors
  std::string output;                 ///< standard output as printed

  std::size_t passed() const {
    std::size_t n = 0;
    for (const auto& f : fixtures) n += f.passed ? 1 : 0;
    return n;
  }
  std::size_t failed() const { return fixtures.size() - passed(); }
  /// Every fixture ran and passed, at least one exists, and no plugin was refused.
  bool ok() const { return exit_code == 0 && !fixtures.empty() && failed() == 0 && messages.empty(); }
  /// The failures and messages, ready for a test's failure message.
  std::string report() const {
    std::string out = command + "\nexit code " + std::to_string(exit_code) + ", " + std::to_string(passed()) +
                      " passed, " + std::to_string(failed()) + " failed\n";
    for (const auto& m : messages) out += m + "\n";
    for (const auto& f : fixtures)
      if (!f.passed) out += "FAIL " + f.dir + "\n" + f.details;
    return out;
  }
};

namespace detail {

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// Reads `kiemtra test-rules` output: "PASS dir" / "FAIL dir", each followed by its indented details.
inline void parse(FixtureRun& run, const std::string& out, const std::string& err) {
  std::istringstream lines(out);
  std::string line;
  FixtureOutcome* current = nullptr;
  while (std::getline(lines, line)) {
    const bool pass = line.rfind("PASS ", 0) == 0, fail = line.rfind("FAIL ", 0) == 0;
    if (pass || fail) {
      run.fixtures.push_back({line.substr(5), pass, {}});
      current = &run.fixtures.back();
    } else if (current && line.rfind("  ", 0) == 0) {
      current->details += line + "\n";
    } else if (line.find(" passed, ") != std::string::npos && line.find(" failed") != std::string::npos) {
      current = nullptr;  // the summary line
    } else if (!line.empty()) {
      run.messages.push_back(line);
      current = nullptr;
    }
  }
  std::istringstream errors(err);
  while (std::getline(errors, line))
    if (!line.empty()) run.messages.push_back(line);
}

}  // namespace detail

/// The kiemtra to run: the macro KIEMTRA_TESTING_EXECUTABLE (kiemtra_add_fixture_test sets it), else the
/// environment variable KIEMTRA_EXECUTABLE, else `kiemtra` on the PATH.
inline std::string default_executable() {
#ifdef KIEMTRA_TESTING_EXECUTABLE
  return KIEMTRA_TESTING_EXECUTABLE;
#else
  if (const char* env = std::getenv("KIEMTRA_EXECUTABLE"); env && *env) return env;
  return "kiemtra";
#endif
}

/// Runs `kiemtra test-rules DIR --plugins PLUGINS` (PLUGINS: a plugin file or folder; empty: only the built-in
/// plugins) with KIEMTRA_PLUGIN_PATH emptied, so an installed copy of the same plugin is not loaded twice.
inline FixtureRun run_fixtures(const std::string& dir, const std::string& plugins = {},
                               const std::string& executable = default_executable()) {
  FixtureRun run;
  run.command =
      "env KIEMTRA_PLUGIN_PATH= " + detail::shell_quote(executable) + " test-rules " + detail::shell_quote(dir);
  if (!plugins.empty()) run.command += " --plugins " + detail::shell_quote(plugins);
  char err_path[] = "/tmp/kiemtra-test-rules-XXXXXX";
  const int err_fd = ::mkstemp(err_path);
  if (err_fd < 0) {
    run.messages.push_back("could not create a temporary file for kiemtra's error output");
    return run;
  }
  ::close(err_fd);
  FILE* pipe = ::popen((run.command + " </dev/null 2>" + detail::shell_quote(err_path)).c_str(), "r");
  if (!pipe) {
    std::remove(err_path);
    run.messages.push_back("could not start: " + run.command);
    return run;
  }
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, n);
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream err_file(err_path);
  const std::string err{std::istreambuf_iterator<char>(err_file), {}};
  std::remove(err_path);
  detail::parse(run, run.output, err);
  // The shell's "not found" when the executable is wrong.
  if (run.exit_code == 127 && run.messages.empty()) run.messages.push_back("kiemtra not found: " + executable);
  return run;
}

}  // namespace testing
KIEMTRA_NAMESPACE_END
