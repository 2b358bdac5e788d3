// History and exit policy of `kiemtra validate`.
#include "cli/nightly_run.hpp"

#include <set>

#include "history/compare.hpp"

namespace kiemtra::core::cli {

namespace {

/// The lowest severity that fails the run; nullopt for --fail-on never.
std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "error") return Severity::error;
  if (fail_on == "warning") return Severity::warning;
  if (fail_on == "info") return Severity::info;
  return std::nullopt;
}

/// Runs of the same dataset are compared: its name, or its path when it has none.
std::string dataset_key(const Dataset& data) {
  if (!data.name.empty()) return data.name;
  std::error_code ec;
  return std::filesystem::absolute(data.source, ec).lexically_normal().string();
}

}  // namespace

HistorySession start_history(const ValidateOptions& o, const Dataset& data, const PluginSet& plugins,
                             const Config& config, Date as_of) {
  HistorySession s;
  if (o.history.empty()) return s;
  const std::filesystem::path file = o.history == "default" ? default_history_path() : std::filesystem::path(o.history);
  s.db = std::make_unique<History>(file);
  RunRecord& r = s.record;
  r.started_at = local_timestamp();
  r.as_of = as_of.iso();
  r.dataset = dataset_key(data);
  r.source = data.source;
  r.content_hash = dataset_content_hash(data.source);
  for (const auto& p : plugins.plugins)
    if (p.loaded) r.plugins += (r.plugins.empty() ? "" : ", ") + p.name + " " + p.version;
  r.config_hash = config.hash();
  r.version = KIEMTRA_VERSION;
  r.id = s.db->begin_run(r);
  s.file = file.string();
  return s;
}

void compare_history(HistorySession& s, const RunResult& result, RunAnnotations& a) {
  if (!s.db) return;

  // A rule that did not finish this time cannot say its old findings were fixed.
  std::set<std::string> complete(result.rules_run.begin(), result.rules_run.end());
  for (const auto& f : result.failures) complete.erase(f.rule_id);
  for (const auto& c : result.crashes)
    for (const auto& id : c.lost_rules) complete.erase(id);
  compare_with_previous(*s.db, s.record.dataset, complete, a);
  a.history_file = s.file;
  a.run_id = s.record.id;
}

void finish_history(HistorySession& s, const Dataset& data, const RunResult& result, const RunAnnotations& a,
                    int exit_code) {
  if (!s.db) return;
  RunRecord& r = s.record;
  r.finished_at = local_timestamp();
  r.findings = static_cast<std::int64_t>(result.findings.size());
  r.counts = {};
  for (const auto& f : result.findings) ++r.counts[static_cast<int>(f.severity)];
  r.waived = static_cast<std::int64_t>(a.count_waived());
  r.fresh = static_cast<std::int64_t>(a.count_new());
  r.fixed = static_cast<std::int64_t>(a.fixed.size());
  r.exit_code = exit_code;
  s.db->complete_run(r, stored_findings(data, result.findings, a));
}

int exit_policy(const ValidateOptions& o, const PluginSet& plugins, const RunResult& result, const RunAnnotations& a) {
  if (!plugins.all_loaded() || !result.failures.empty() || !result.crashes.empty()) return kExitRunError;
  const auto threshold = fail_threshold(o.fail_on);
  long warnings = 0;
  bool fail = false;
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    if (a.waiver_of(i)) continue;
    if (o.fail_on_new && a.baseline_of(i) != Baseline::fresh) continue;
    const Severity s = result.findings[i].severity;
    if (threshold && s >= *threshold) fail = true;
    if (s == Severity::warning) ++warnings;
  }
  if (o.max_warnings >= 0 && warnings > o.max_warnings) fail = true;
  return fail ? kExitFindings : kExitOk;
}

}  // namespace kiemtra::core::cli
