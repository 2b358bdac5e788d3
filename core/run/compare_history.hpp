// Comparing a run's findings with the last complete run of the same dataset.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "history/history.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

/// Marks each finding new or unchanged against the last complete run of `dataset` and lists the fixed
/// ones: present then, gone now. A finding of a rule not in `complete_rules` (not run this time, or its
/// plugin crashed) is not called fixed. Sets each finding's baseline, and a.history, a.previous, the counts
/// and a.fixed.
void compare_with_previous(History& history, const std::string& dataset, const std::set<std::string>& complete_rules,
                           Findings& findings, RunAnnotations& a);

/// The findings as the history stores them.
std::vector<StoredFinding> stored_findings(const Dataset& data, const Findings& findings);

}  // namespace kiemtra::core
