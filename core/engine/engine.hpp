// Runs the enabled rules over a dataset and collects their findings in a deterministic order.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

struct RunOptions {
  Date as_of;                             ///< must be valid
  int jobs = 1;                           ///< threads; the result is the same for any value
  std::vector<std::string> rule_globs;    ///< --rules: when non-empty, only matching enabled rules run
};

/// A rule that threw: its findings are lost, the others are kept.
struct RuleFailure {
  std::string rule_id;
  std::string plugin;
  std::string message;  ///< the exception's text, copied at the boundary
};

struct RunResult {
  std::vector<Finding> findings;            ///< sorted: tree order of the organization, then severity (highest first), rule, subject
  std::vector<RuleFailure> failures;
  std::vector<std::string> rules_run;       ///< ids, sorted
};

/// Whether `id` matches a glob where `*` matches any run of characters ("structure/*").
bool glob_match(std::string_view glob, std::string_view id);

RunResult run_rules(const Dataset& data, const std::vector<LoadedRule>& rules, const Config& config,
                    const RunOptions& options);

}  // namespace kiemtra::core
