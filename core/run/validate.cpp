// The run pipeline: rules, the run's own findings, waivers, fingerprints, history.
#include "run/validate.hpp"

#include <set>

#include "run/compare_history.hpp"
#include "run/engine_findings.hpp"
#include "run/fingerprints.hpp"

namespace kiemtra::core {

namespace {

HistorySession start_history(const std::filesystem::path& file, const Dataset& data, const PluginSet& plugins,
                             const Config& config, Date as_of) {
  HistorySession s;
  if (file.empty()) return s;
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

void compare(HistorySession& s, RunResult& result, RunAnnotations& a) {
  if (!s.db) return;
  // A rule that did not finish this time cannot say its old findings were fixed.
  std::set<std::string> complete(result.rules_run.begin(), result.rules_run.end());
  for (const auto& f : result.failures) complete.erase(f.rule_id);
  for (const auto& c : result.crashes)
    for (const auto& id : c.lost_rules) complete.erase(id);
  compare_with_previous(*s.db, s.record.dataset, complete, result.findings, a);
  a.history_file = s.file;
  a.run_id = s.record.id;
}

}  // namespace

std::string dataset_key(const Dataset& data) {
  if (!data.name.empty()) return data.name;
  std::error_code ec;
  return std::filesystem::absolute(data.source, ec).lexically_normal().string();
}

Validation validate(const Dataset& data, const PluginSet& plugins, const Config& config,
                    const ValidateRequest& request) {
  Validation v;
  v.history = start_history(request.history, data, plugins, config, request.run.as_of);
  v.result = run_rules(data, plugins.rules, config, request.run);
  add_crash_findings(data, config, v.result);
  apply_waivers(data, config, request.run.as_of, v.result, v.annotations);
  fingerprint_findings(v.result.findings, request.run.jobs);
  compare(v.history, v.result, v.annotations);
  return v;
}

void record_run(Validation& v, const Dataset& data, int exit_code) {
  HistorySession& s = v.history;
  if (!s.db) return;
  RunRecord& r = s.record;
  r.finished_at = local_timestamp();
  r.findings = static_cast<std::int64_t>(v.result.findings.size());
  r.counts = {};
  for (const FindingRecord& f : v.result.findings.records()) ++r.counts[static_cast<int>(f.severity)];
  r.waived = static_cast<std::int64_t>(v.annotations.count_waived());
  r.fresh = static_cast<std::int64_t>(v.annotations.count_new());
  r.fixed = static_cast<std::int64_t>(v.annotations.fixed.size());
  r.exit_code = exit_code;
  s.db->complete_run(r, stored_findings(data, v.result.findings));
}

}  // namespace kiemtra::core
