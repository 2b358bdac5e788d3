// Errors that stop a command with a message in both languages and an exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace kiemtra::core {

/// Exit codes of the CLI (docs/cli.md).
enum ExitCode : int {
  kExitOk = 0,        ///< no finding at or above --fail-on
  kExitFindings = 1,  ///< findings at or above --fail-on
  kExitUsage = 2,     ///< usage, configuration or unreadable data
  kExitRunError = 3,  ///< the run completed but a plugin failed to load or a rule failed
};

/// A message a user reads, in Vietnamese and English.
struct Text {
  std::string vi;
  std::string en;
  const std::string& in(const std::string& lang) const { return lang == "en" ? en : vi; }
};

/// An error that stops the command: bad usage, configuration, or unreadable data.
/// `what()` is the English text; the CLI prints the text in the user's language.
class UserError : public std::runtime_error {
 public:
  UserError(Text text, int exit_code = kExitUsage)
      : std::runtime_error(text.en), text_(std::move(text)), exit_code_(exit_code) {}
  const Text& text() const { return text_; }
  int exit_code() const { return exit_code_; }

 private:
  Text text_;
  int exit_code_;
};

}  // namespace kiemtra::core
