// Which rules ran and how each came out: passed (no finding), failed (findings, counted per severity), or broke
// (the rule threw, or its plugin crashed). What a committee shows to say what was checked, not only what was found.
#pragma once

#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace kiemtra::core {

struct RuleOutcome {
  std::string id;
  SeverityCounts counts{};  ///< its findings per severity
  bool broke = false;       ///< it failed to run to the end: its findings may be incomplete
  bool passed() const { return !broke && sum(counts) == 0; }
};

/// Every rule that ran (and any rule with findings), sorted by id.
std::vector<RuleOutcome> rule_outcomes(const RunResult& result);

struct OutcomeTotals {
  std::size_t run = 0, passed = 0, failed = 0, broke = 0;
};
OutcomeTotals outcome_totals(const std::vector<RuleOutcome>& outcomes);

}  // namespace kiemtra::core
