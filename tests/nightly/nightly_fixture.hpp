// Shared helpers of the nightly tests: a private copy of the sample, edits to it, and JSON runs.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "support/cli.hpp"

namespace kiemtra::test {


/// A copy of examples/sample in a fresh temporary folder.
inline std::filesystem::path sample_copy(const std::string& name) {
  const auto dir = temp_dir(name);
  std::filesystem::copy(source_dir() / "examples" / "sample", dir / "sample", std::filesystem::copy_options::recursive);
  return dir / "sample";
}

/// Replaces the one occurrence of `from` in `file` (the test fails loudly when it is not there).
inline bool replace_in(const std::filesystem::path& file, const std::string& from, const std::string& to) {
  std::string text = slurp(file);
  const auto at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
  return true;
}

inline std::string test_plugin(const std::string& name) { return std::string(KIEMTRA_TEST_PLUGIN_DIR) + "/" + name; }

/// The fingerprints of a JSON report's findings.
inline std::set<std::string> fingerprints(const nlohmann::json& doc) {
  std::set<std::string> out;
  for (const auto& f : doc["findings"]) out.insert(f["fingerprint"].get<std::string>());
  return out;
}

}  // namespace kiemtra::test
