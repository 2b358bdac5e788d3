// New, unchanged and fixed findings, by fingerprint, against the previous complete run.
#include "run/compare_history.hpp"

#include <unordered_set>

namespace kiemtra::core {

void compare_with_previous(History& history, const std::string& dataset, const std::set<std::string>& complete_rules,
                           Findings& findings, RunAnnotations& a) {
  a.history = true;
  for (FindingRecord& r : findings.records()) r.baseline = Baseline::fresh;
  a.new_count = findings.size();
  a.unchanged_count = 0;
  const auto previous = history.last_complete(dataset);
  if (!previous) return;
  a.previous = PreviousRun{previous->id, previous->started_at, previous->as_of};
  const auto before = history.findings_of(previous->id);
  std::unordered_set<std::string> seen;
  for (const auto& f : before) seen.insert(f.text.fingerprint);
  std::unordered_set<std::string> now;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    std::string fingerprint = findings[i].fingerprint();
    if (seen.count(fingerprint)) {
      findings.records()[i].baseline = Baseline::unchanged;
      ++a.unchanged_count;
      --a.new_count;
    }
    now.insert(std::move(fingerprint));
  }
  for (const auto& f : before) {
    if (now.count(f.text.fingerprint)) continue;
    const bool engine = f.text.rule_id.rfind("engine/", 0) == 0;
    if (!engine && !complete_rules.count(f.text.rule_id)) continue;
    a.fixed.push_back(f.text);
  }
}

std::vector<StoredFinding> stored_findings(const Dataset& data, const Findings& findings) {
  std::vector<StoredFinding> out;
  out.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    FindingRef f = findings[i];
    StoredFinding s;
    s.text.fingerprint = f.fingerprint();
    s.text.rule_id = f.rule_id();
    s.text.severity = f.severity();
    if (f.org() < data.organizations.size()) {
      s.text.org_id = data.organizations[f.org()].id;
      s.text.org_path = data.path(f.org());
    }
    s.text.subject_kind = code(f.subject_kind());
    s.text.subject_id = f.subject_id();
    s.text.subject_name = f.subject_name();
    s.text.message_vi = f.message_vi();
    s.text.message_en = f.message_en();
    s.waived = f.waived();
    s.fresh = f.baseline() == Baseline::fresh;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kiemtra::core
