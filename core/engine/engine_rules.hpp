// The engine's own rules: findings about the run itself (a crashed plugin, waivers expired or unused).
#pragma once

#include <optional>
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

inline constexpr const char* kCrashed = "engine/plugin-crashed";
inline constexpr const char* kExpired = "engine/waiver-expired";
inline constexpr const char* kUnused = "engine/waiver-unused";

/// The index of engine rule `id` in `findings`, registering it on first use.
std::uint16_t engine_rule(Findings& findings, const char* id);

/// The effective severity of engine rule `id`, or nullopt when a profile turned it off.
std::optional<Severity> engine_rule_severity(const Config& config, const char* id, Severity fallback);

}  // namespace kiemtra::core
