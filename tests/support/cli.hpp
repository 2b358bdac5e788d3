// Runs the kiemtra binary of the build tree and captures its exit code and output.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiemtra::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `<build>/bin/kiemtra args...` with an empty KIEMTRA_PLUGIN_PATH unless `env` sets it.
CliResult run_cli(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

/// Runs kiemtra with its standard error (and standard output, unless `stdout_file` is given) on a
/// pseudo-terminal, as in an interactive shell; returns what the terminal showed. `env` adds NAME=VALUE pairs.
CliResult run_on_terminal(const std::vector<std::string>& args, const std::filesystem::path& stdout_file = {},
                          const std::vector<std::string>& env = {});

/// The whole content of a file ("" when it cannot be read).
std::string slurp(const std::filesystem::path& p);

/// tests/ in the source tree.
std::filesystem::path test_dir();
/// The repository root.
std::filesystem::path source_dir();
/// The build tree.
std::filesystem::path binary_dir();
/// A fresh empty temporary directory, removed at exit of the test process.
std::filesystem::path temp_dir(const std::string& name);

}  // namespace kiemtra::test
