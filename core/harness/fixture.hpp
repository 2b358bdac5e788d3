// Rule fixtures: a small dataset with the findings it must produce beside it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

/// One expected (or actual) finding, as a fixture compares it.
struct FindingKey {
  std::string rule;
  std::string severity;
  std::string org;      ///< organization id ("" for none)
  std::string subject;  ///< subject_id
  auto operator<=>(const FindingKey&) const = default;
};

/// The outcome of one fixture.
struct FixtureResult {
  std::filesystem::path dir;
  std::vector<std::string> rules;        ///< rules run
  std::vector<FindingKey> missing;       ///< expected but not found
  std::vector<FindingKey> unexpected;    ///< found but not expected
  std::vector<std::string> actual_text;  ///< every actual finding, one line each, for the diff
  /// Every actual finding with its messages and evidence, one line each, sorted: what the messages golden holds.
  std::vector<std::string> messages;
  std::string error;                     ///< set when the fixture could not run at all
  bool passed() const { return error.empty() && missing.empty() && unexpected.empty(); }
};

/// Every fixture directory (one holding expected.yaml) under `root`, sorted.
std::vector<std::filesystem::path> find_fixtures(const std::filesystem::path& root);

/// Runs one fixture: reads its dataset (dataset.yaml or the CSV files beside
/// expected.yaml), runs the rules it names with its parameter overrides, and
/// compares the findings with the expected ones as multisets.
FixtureResult run_fixture(const std::filesystem::path& dir, const std::vector<LoadedRule>& rules,
                          const std::vector<std::filesystem::path>& profile_dirs);

/// A readable report of a fixture's result: "PASS dir" or "FAIL dir" and the diff.
std::string describe(const FixtureResult& result);

}  // namespace kiemtra::core
