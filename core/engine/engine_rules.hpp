// The engine's own rules: findings about the run itself (a crashed plugin, waivers expired or unused).
#pragma once

#include <string>
#include <vector>

#include "config/config.hpp"
#include "engine/engine.hpp"

namespace kiemtra::core {

/// Metadata of engine/plugin-crashed, engine/waiver-expired and engine/waiver-unused, for `rules
/// list/explain`, profiles (they can be turned off or given another severity) and reports.
const std::vector<RuleMeta>& engine_rules();

/// `loaded` and the engine's rules (plugin "kiemtra"), in id order: what `rules list`, `rules
/// explain` and `rules docs` show.
std::vector<LoadedRule> with_engine_rules(const std::vector<LoadedRule>& loaded);

/// "SIGSEGV" for 11; the number when the system has no name for it.
std::string signal_name(int signal);

/// Adds an engine/plugin-crashed finding (on the dataset root) per crash of `result`.
void add_crash_findings(const Dataset& data, const Config& config, RunResult& result);

/// Which waiver, if any, covers each finding of `result`, in its order.
struct WaiverOutcome {
  std::vector<const Waiver*> waiver_of;  ///< per finding; nullptr when not waived
  std::vector<std::size_t> uses;         ///< per waiver of config.waivers: findings it covers
};

/// Applies config.waivers as of `as_of`: adds engine/waiver-expired (an expired waiver, which waives
/// nothing) and engine/waiver-unused (a waiver in force that matches no finding), re-sorts the
/// findings, and says which waiver covers each. Findings of engine/* rules are never waived.
WaiverOutcome apply_waivers(const Dataset& data, const Config& config, Date as_of, RunResult& result);

}  // namespace kiemtra::core
