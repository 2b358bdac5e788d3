// Progress on standard error while a run goes: reading, rules, reports. Only on a terminal.
#pragma once

#include <chrono>
#include <string>

namespace kiemtra::core::cli {

class Progress {
 public:
  /// Shows nothing unless `enabled` and standard error is a terminal.
  Progress(bool enabled, std::string lang);
  ~Progress();
  /// Reading the dataset at `path`: its size in bytes.
  void reading(const std::string& path);
  /// What was read.
  void read_done(std::size_t organizations, std::size_t members, std::size_t dues);
  /// `done` rules of `total` finished.
  void rule_done(std::size_t done, std::size_t total);
  /// Writing the report to `target`.
  void writing(const std::string& format, const std::string& target);
  /// Clears the line.
  void finish();

 private:
  void show(const std::string& line);
  bool on_;
  std::string lang_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace kiemtra::core::cli
