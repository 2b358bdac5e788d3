// Runs the enabled rules over a dataset and collects their findings in a deterministic order.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "kiemtra/dataset.hpp"
#include "engine/findings.hpp"
#include "kiemtra/finding.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

/// What one rule may report (docs/reliability.md): past either limit the rule fails with a sentence saying
/// so and its findings are dropped, so a rule that floods cannot exhaust the host's memory.
inline constexpr std::size_t kMaxFindingsPerRule = 1'000'000;
inline constexpr std::size_t kMaxBytesPerRule = std::size_t{256} << 20;  ///< records, arguments and text
/// The limits for a dataset of `rows` rows in all: one finding per 16 rows and 256 bytes per finding, never
/// less than the fixed limits above. A national dataset (73 M rows) has rules with millions of real findings
/// (dues/late-payment: one per late payment, about 2 M), which the fixed limits would drop; a rule that
/// floods is still stopped, at a bound that grows with the data, not with the rule's bug.
struct RuleLimits {
  std::size_t findings = kMaxFindingsPerRule;
  std::size_t bytes = kMaxBytesPerRule;
};
RuleLimits rule_limits_for(std::size_t rows);
/// The rows of every table of `data`, meetings and attendance included: what the limits above, the number of
/// isolated workers and the benchmark count a dataset's size in.
std::size_t dataset_rows(const Dataset& data);
/// The --rule-timeout of an isolated run unless told: a looping plugin must not hang a nightly run forever.
inline constexpr double kDefaultRuleTimeout = 600;
/// The longest --rule-timeout accepted: one day.
inline constexpr double kMaxRuleTimeout = 86400;

struct RunOptions {
  Date as_of;                             ///< must be valid
  int jobs = 1;                           ///< threads; the result is the same for any value
  std::vector<std::string> rule_globs;    ///< --rules: when non-empty, only matching enabled rules run
  /// Each plugin's rules run in a child process forked after loading (the dataset is shared, not
  /// copied): a plugin that crashes or hangs loses only its own findings (RunResult::crashes).
  bool isolate = false;
  double rule_timeout = 0;                ///< seconds one rule may run when isolated; 0: no limit
  std::size_t max_findings_per_rule = kMaxFindingsPerRule;
  std::size_t max_bytes_per_rule = kMaxBytesPerRule;
  /// Progress: called after each rule, with the rules done and the total, from the calling thread
  /// when isolated, else from a worker thread (one call at a time).
  std::function<void(std::size_t done, std::size_t total)> on_rule_done;
};

/// A rule that threw: its findings are lost, the others are kept.
struct RuleFailure {
  std::string rule_id;
  std::string plugin;
  std::string message;  ///< the exception's text, copied at the boundary
};

/// A plugin's child process that died (signal, abort, or killed after --rule-timeout) or exited early.
struct PluginCrash {
  std::string plugin;
  std::string rule;                     ///< the rule running when it died
  int signal = 0;                       ///< the signal that ended it (SIGKILL after a timeout); 0 when it exited
  int exit_status = 0;                  ///< its exit status when it exited without finishing
  bool timed_out = false;
  std::vector<std::string> lost_rules;  ///< rules whose findings are lost: the one running (the others go to a new worker)
};

struct RunResult {
  Findings findings;  ///< sorted: tree order of the organization, then severity (highest first), rule, subject
  std::vector<RuleFailure> failures;
  std::vector<std::string> rules_run;       ///< ids, sorted
  std::vector<PluginCrash> crashes;         ///< isolated runs only
};


RunResult run_rules(const Dataset& data, const std::vector<LoadedRule>& rules, const Config& config,
                    const RunOptions& options);

}  // namespace kiemtra::core
