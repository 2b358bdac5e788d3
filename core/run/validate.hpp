// A whole validation run as a library: run the rules, add the run's own findings, apply waivers,
// fingerprint, compare with the history. The CLI, the benchmark and the tests call this one function;
// the CLI keeps options, progress, reports and exit codes.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "history/history.hpp"
#include "loader/loader.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

struct ValidateRequest {
  RunOptions run;                     ///< as_of, jobs, rules, isolation, progress
  std::filesystem::path history;      ///< a history file to compare with and record in; empty: none
};

/// An open history: the run recorded as started, completed by `record_run`.
struct HistorySession {
  std::unique_ptr<History> db;
  RunRecord record;
  std::string file;
};

/// One run's outcome: findings with their fingerprint, waiver and baseline as fields of each record.
struct Validation {
  RunResult result;
  RunAnnotations annotations;
  HistorySession history;
};

/// Opens the history (when asked), records the run as started, runs every enabled rule, adds the crash
/// findings, applies the configuration's waivers, fingerprints the findings and compares them with the
/// last complete run of the same dataset. A run killed after this returns stays "running" in the history.
Validation validate(const Dataset& data, const PluginSet& plugins, const Config& config,
                    const ValidateRequest& request);

/// Records the run's findings and totals in its history (nothing without one) and marks it complete.
void record_run(Validation& v, const Dataset& data, int exit_code);

/// Runs of the same dataset are compared: its name, or its path when it has none.
std::string dataset_key(const Dataset& data);

}  // namespace kiemtra::core
