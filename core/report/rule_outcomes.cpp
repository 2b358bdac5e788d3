// Rule outcomes from a run's results.
#include "report/rule_outcomes.hpp"

#include <algorithm>
#include <map>

namespace kiemtra::core {

std::vector<RuleOutcome> rule_outcomes(const RunResult& result) {
  std::map<std::string, RuleOutcome> by_id;
  for (const auto& id : result.rules_run) by_id[id].id = id;
  for (FindingRef f : result.findings) {
    RuleOutcome& o = by_id[f.rule_id()];
    o.id = f.rule_id();
    ++o.counts[static_cast<int>(f.severity())];
  }
  for (const auto& failure : result.failures) {
    RuleOutcome& o = by_id[failure.rule_id];
    o.id = failure.rule_id;
    o.broke = true;
  }
  for (const auto& crash : result.crashes)
    for (const auto& id : crash.lost_rules) {
      RuleOutcome& o = by_id[id];
      o.id = id;
      o.broke = true;
    }
  std::vector<RuleOutcome> out;
  out.reserve(by_id.size());
  for (auto& [id, o] : by_id) out.push_back(std::move(o));
  return out;
}

OutcomeTotals outcome_totals(const std::vector<RuleOutcome>& outcomes) {
  OutcomeTotals t;
  for (const auto& o : outcomes) {
    ++t.run;
    if (o.broke) ++t.broke;
    else if (o.passed()) ++t.passed;
    else ++t.failed;
  }
  return t;
}

}  // namespace kiemtra::core
