// Helpers shared by the loader tests: the test plugin folders, lookups in a PluginSet, env and sink stubs.
#pragma once

#include "engine/findings.hpp"
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kiemtra/finding.hpp"
#include "loader/loader.hpp"

namespace kiemtra::test {

/// <build>/tests/loader/plugins/<name>: one folder per test plugin case.
inline std::filesystem::path plugin_case(const std::string& name) {
  return std::filesystem::path(KIEMTRA_TEST_PLUGIN_DIR) / name;
}

/// The one library file of a test plugin case.
inline std::filesystem::path plugin_file(const std::string& name) {
  for (const auto& e : std::filesystem::directory_iterator(plugin_case(name))) return e.path();
  ADD_FAILURE() << "no library in " << plugin_case(name);
  return {};
}

/// The PluginInfo of the library at `path`, or nullptr.
inline const core::PluginInfo* info_at(const core::PluginSet& set, const std::filesystem::path& path) {
  for (const auto& p : set.plugins)
    if (p.path == path) return &p;
  return nullptr;
}

/// The rule with `id`, or nullptr.
inline const core::LoadedRule* rule_with(const core::PluginSet& set, const std::string& id) {
  for (const auto& r : set.rules)
    if (r.meta.id == id) return &r;
  return nullptr;
}

/// Ids of the loaded rules, in PluginSet order.
inline std::vector<std::string> rule_ids(const core::PluginSet& set) {
  std::vector<std::string> ids;
  for (const auto& r : set.rules) ids.push_back(r.meta.id);
  return ids;
}

/// Sets (or unsets, with nullopt) an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(std::string name, const std::optional<std::string>& value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) old_ = old;
    if (value)
      ::setenv(name_.c_str(), value->c_str(), 1);
    else
      ::unsetenv(name_.c_str());
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_.c_str(), old_->c_str(), 1);
    else
      ::unsetenv(name_.c_str());
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

/// Keeps every finding one rule emits, as the engine does, with the rule's default severity.
struct CollectingSink final : FindingSink {
  CollectingSink(const Dataset& data, const RuleMeta& meta, const Params* params = nullptr)
      : findings(data), severity(meta.default_severity) {
    findings.add_rule({meta.id, "test", &meta, params});
  }
  void emit(const Finding& f) override { findings.add(0, f, severity); }
  core::Findings findings;
  Severity severity;
};

}  // namespace kiemtra::test
