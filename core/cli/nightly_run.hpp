// The nightly parts of `kiemtra validate`: waivers, history, and the exit policy.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/app.hpp"
#include "engine/engine.hpp"
#include "history/history.hpp"
#include "report/annotations.hpp"

namespace kiemtra::core::cli {

/// The history of one validate run: opened and the run recorded as started before the report, completed after.
struct HistorySession {
  std::unique_ptr<History> db;
  RunRecord record;
  std::string file;
};

/// Opens --history and records the run as started, before the rules run: a run killed from here on
/// stays "running" (interrupted). Returns an empty session without --history.
HistorySession start_history(const ValidateOptions& o, const Dataset& data, const PluginSet& plugins,
                             const Config& config, Date as_of);

/// Compares the findings with the last complete run of the dataset (nothing without a session).
void compare_history(HistorySession& session, const RunResult& result, RunAnnotations& a);

/// Records the run's findings and totals, and marks it complete.
void finish_history(HistorySession& session, const Dataset& data, const RunResult& result, const RunAnnotations& a,
                    int exit_code);

/// 3 when a plugin was refused, a rule failed or a plugin crashed; else 1 when unwaived findings (only
/// the new ones with --fail-on-new) reach --fail-on or exceed --max-warnings; else 0.
int exit_policy(const ValidateOptions& o, const PluginSet& plugins, const RunResult& result, const RunAnnotations& a);

}  // namespace kiemtra::core::cli
