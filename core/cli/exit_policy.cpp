// The exit policy of `kiemtra validate`.
#include "cli/exit_policy.hpp"

#include <optional>

namespace kiemtra::core::cli {

namespace {

/// The lowest severity that fails the run; nullopt for --fail-on never.
std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "error") return Severity::error;
  if (fail_on == "warning") return Severity::warning;
  if (fail_on == "info") return Severity::info;
  return std::nullopt;
}

}  // namespace

int exit_policy(const ValidateOptions& o, const PluginSet& plugins, const RunResult& result) {
  if (!plugins.all_loaded() || !result.failures.empty() || !result.crashes.empty()) return kExitRunError;
  const auto threshold = fail_threshold(o.fail_on);
  long warnings = 0;
  bool fail = false;
  for (const FindingRecord& f : result.findings.records()) {
    if (f.waiver != kNoWaiver) continue;
    if (o.fail_on_new && f.baseline != Baseline::fresh) continue;
    if (threshold && f.severity >= *threshold) fail = true;
    if (f.severity == Severity::warning) ++warnings;
    if (fail && o.max_warnings < 0) break;  // decided: the rest of a nation's 2 M records need not be read
  }
  if (o.max_warnings >= 0 && warnings > o.max_warnings) fail = true;
  return fail ? kExitFindings : kExitOk;
}

}  // namespace kiemtra::core::cli
