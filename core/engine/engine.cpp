// Runs the enabled rules, in parallel threads or (isolated) in child processes, and isolates rule failures.
#include "engine/engine.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "engine/jobs.hpp"
#include "util/name_match.hpp"
#include "util/parallel.hpp"

namespace kiemtra::core {

namespace engine_detail {
namespace {

/// Records one rule's findings in its job's store (the rule is its rule 0), within the rule's budget.
class CollectingSink final : public FindingSink {
 public:
  CollectingSink(Findings& out, Severity severity, const RunOptions& options)
      : out_(out), severity_(severity), budget_(options) {}
  void emit(const Finding& f) override { budget_.add(out_, f, severity_); }
  const RuleBudget& budget() const { return budget_; }

 private:
  Findings& out_;
  Severity severity_;
  RuleBudget budget_;
};

bool selected(const std::string& id, const std::vector<std::string>& globs) {
  if (globs.empty()) return true;
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return glob_match(g, id); });
}

}  // namespace

std::optional<std::string> check_rule(const Dataset& data, const Config& config, const RunOptions& options,
                                      const Job& job, FindingSink& sink) {
  const RunContext ctx{data, options.as_of, job.settings->params, config.calendar};
  // The exception's text is copied here, at the boundary: no exception object
  // born in a plugin outlives this frame.
  try {
    job.rule->rule->check(ctx, sink);
  } catch (const std::exception& e) {
    return std::string(e.what());
  } catch (...) {
    return std::string("unknown exception");
  }
  return std::nullopt;
}

void RuleBudget::add(Findings& store, const Finding& f, Severity severity) {
  if (exceeded_) throw std::runtime_error(failure());
  const std::size_t before = footprint(store);
  store.add(0, f, severity);
  findings_ += 1;
  bytes_ += footprint(store) - before;
  if (findings_ > max_findings_ || bytes_ > max_bytes_) {
    exceeded_ = true;
    store.clear_findings();
    throw std::runtime_error(failure());
  }
}

std::string RuleBudget::failure() const {
  return fmt::format(
      "reported more than the limit of {} findings or {} MiB for one rule; its findings are dropped "
      "(vượt giới hạn {} phát hiện hoặc {} MiB cho một quy tắc; các phát hiện của nó bị bỏ)",
      max_findings_, max_bytes_ >> 20, max_findings_, max_bytes_ >> 20);
}

std::size_t footprint(const Findings& f) {
  return f.records().size() * sizeof(FindingRecord) + f.args().size() * sizeof(StoredArg) + f.pool().size();
}

void run_job(const Dataset& data, const Config& config, const RunOptions& options, Job& job) {
  CollectingSink sink(job.findings, job.settings->severity, options);
  auto error = check_rule(data, config, options, job, sink);
  // A rule that caught the limit's exception itself still fails: what it kept reporting was dropped.
  if (sink.budget().exceeded()) {
    job.findings.clear_findings();
    error = sink.budget().failure();
  }
  if (error) {
    job.failed = true;
    job.error = std::move(*error);
  }
}

}  // namespace engine_detail

using engine_detail::Job;

namespace {

void run_in_process(const Dataset& data, const Config& config, const RunOptions& options, std::vector<Job>& jobs) {
  std::mutex progress;
  std::size_t done = 0;
  // No more threads than rules, fewer when the system gives fewer, and an exception (from the progress
  // callback: a rule's own are caught by run_job) reaches the caller instead of ending the process from a thread.
  for_each_parallel(options.jobs, jobs.size(), [&](std::size_t i) {
    engine_detail::run_job(data, config, options, jobs[i]);
    if (options.on_rule_done) {
      const std::lock_guard lock(progress);
      options.on_rule_done(++done, jobs.size());
    }
  });
}

}  // namespace

RunResult run_rules(const Dataset& data, const std::vector<LoadedRule>& rules, const Config& config,
                    const RunOptions& options) {
  std::vector<Job> jobs;
  for (const LoadedRule& r : rules) {
    const auto it = config.rules.find(r.meta.id);
    if (it == config.rules.end() || !it->second.enabled || !engine_detail::selected(r.meta.id, options.rule_globs)) continue;
    if (it->second.params.editions.empty()) continue;  // a config always fills one; guard anyway
    Job job;
    job.rule = &r;
    job.settings = &it->second;
    job.findings.set_data(data);
    job.findings.add_rule({r.meta.id, r.plugin, &r.meta, &it->second.params});
    jobs.push_back(std::move(job));
  }
  std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.rule->meta.id < b.rule->meta.id; });

  RunResult result;
  result.findings.set_data(data);
  if (options.isolate) {
    engine_detail::run_isolated(data, config, options, jobs, result.crashes);
  } else {
    run_in_process(data, config, options, jobs);
  }
  for (Job& j : jobs) {
    if (j.failed || j.lost || !j.settings->severity_overridden) continue;
    j.findings.set_severity(0, j.settings->severity);
  }
  // The job with most findings becomes the result's store as it is (no copy of its records: at national scale
  // one rule has most of the findings); the others are appended to it.
  std::size_t largest = jobs.size();
  for (std::size_t k = 0; k < jobs.size(); ++k)
    if (!jobs[k].failed && !jobs[k].lost && (largest == jobs.size() || jobs[k].findings.size() > jobs[largest].findings.size()))
      largest = k;
  if (largest < jobs.size()) {
    result.findings = std::move(jobs[largest].findings);  // its rule is rule 0, as in every job's store
    jobs[largest].findings = Findings(data);
  }
  for (std::size_t k = 0; k < jobs.size(); ++k) {
    Job& j = jobs[k];
    result.rules_run.push_back(j.rule->meta.id);
    if (j.failed) {
      // A failed rule's partial findings are dropped: half a check would mislead.
      result.failures.push_back({j.rule->meta.id, j.rule->plugin, j.error});
      continue;
    }
    if (j.lost || k == largest) continue;  // lost: its plugin died (RunResult::crashes says so)
    const std::uint16_t rule = result.findings.add_rule(j.findings.rules().front());
    for (FindingRecord& r : j.findings.records()) r.rule = rule;
    result.findings.append(std::move(j.findings));
    j.findings.clear_findings();
  }
  for (FindingRecord& r : result.findings.records())
    if (r.org == kNone) r.org = data.root;
  result.findings.sort();
  return result;
}

std::size_t dataset_rows(const Dataset& data) {
  return data.organizations.size() + data.members.size() + data.dues.size() + data.candidates.size() +
         data.committees.size() + data.transfers.size() + data.events.size() + data.ratings.size() +
         data.meetings.size() + data.attendance.size();
}

RuleLimits rule_limits_for(std::size_t rows) {
  RuleLimits l;
  l.findings = std::max(kMaxFindingsPerRule, rows / 16);
  l.bytes = std::max(kMaxBytesPerRule, l.findings * 256);
  return l;
}

}  // namespace kiemtra::core
