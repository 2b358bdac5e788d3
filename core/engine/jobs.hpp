// The engine's unit of work (one rule to run) and how each way of running them executes it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/engine.hpp"

namespace kiemtra::core::engine_detail {

struct Job {
  const LoadedRule* rule = nullptr;
  const RuleSettings* settings = nullptr;
  Findings findings;    ///< this rule alone, registered as rule 0
  bool failed = false;  ///< it threw: `error` holds the text
  bool lost = false;    ///< its plugin's process died before it finished
  std::string error;
};

/// Counts what one rule reported against RunOptions' limits.
class RuleBudget {
 public:
  explicit RuleBudget(const RunOptions& options)
      : max_findings_(options.max_findings_per_rule), max_bytes_(options.max_bytes_per_rule) {}
  /// Adds `f` to `store` at `severity`. Past a limit (then and from then on) the store's findings are
  /// dropped and the rule's failure is thrown, which ends the rule.
  void add(Findings& store, const Finding& f, Severity severity);
  bool exceeded() const { return exceeded_; }
  /// The sentence a rule past its limit fails with, in both languages.
  std::string failure() const;

 private:
  std::size_t max_findings_;
  std::size_t max_bytes_;
  std::size_t findings_ = 0;
  std::size_t bytes_ = 0;
  bool exceeded_ = false;
};

/// The bytes a store's findings take: records, arguments and text.
std::size_t footprint(const Findings& f);

/// Runs one rule into `sink`; returns the text of the exception it threw, if it did.
std::optional<std::string> check_rule(const Dataset& data, const Config& config, const RunOptions& options,
                                      const Job& job, FindingSink& sink);

/// Runs one rule in this process; an exception becomes job.failed.
void run_job(const Dataset& data, const Config& config, const RunOptions& options, Job& job);

/// The worker processes an isolated run forks: one per --jobs, but one in all for a dataset small enough
/// (under kRowsForSecondWorker rows) that its rules run in a few milliseconds, less than what a second
/// worker's fork and first writes to the pages it shares with the parent cost.
inline constexpr std::size_t kRowsForSecondWorker = 80'000;
std::size_t isolated_workers(int jobs, const Dataset& data);

/// Runs every job in worker processes (isolated_workers of them at once); fills the jobs and `crashes`.
void run_isolated(const Dataset& data, const Config& config, const RunOptions& options, std::vector<Job>& jobs,
                  std::vector<PluginCrash>& crashes);

}  // namespace kiemtra::core::engine_detail
