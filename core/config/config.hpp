// Rule profiles in YAML: which rules run, at what severity, with which parameters and editions.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kiemtra/calendar.hpp"
#include "kiemtra/finding.hpp"
#include "kiemtra/params.hpp"
#include "kiemtra/rule.hpp"
#include "config/waiver.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

/// The effective settings of one rule.
struct RuleSettings {
  bool enabled = true;
  Severity severity = Severity::error;  ///< effective: the profile's override or the rule's default
  bool severity_overridden = false;
  Params params;                        ///< effective editions, every declared parameter filled
};

/// The effective configuration: every known rule's settings.
struct Config {
  std::vector<std::string> sources;            ///< files read, base profiles first
  std::map<std::string, RuleSettings> rules;   ///< by rule id, for every known rule
  Calendar calendar;
  std::vector<Waiver> waivers;                 ///< `waivers:` of the profiles, then those of --waivers files

  /// Canonical YAML of the effective configuration (what `--print-config` shows).
  std::string to_yaml() const;
  /// FNV-1a 64-bit hash (16 hex digits) of to_yaml(): identifies the configuration in reports.
  std::string hash() const;
};

/// A problem found in a configuration file, located at file:line:column.
struct ConfigProblem {
  std::string file;
  int line = 0;
  int column = 0;
  Text text;  ///< the whole line a user reads, starting with "file:line:column: "
};

/// Builds the configuration from the defaults of `known` rules (every rule enabled
/// at its default severity) and the profile `name` (searched in `profile_dirs` as
/// NAME.yaml) or a file path. Throws UserError (exit 2) listing every problem. `strict` refuses everything
/// `check-config` refuses, with the same messages (a rule or waiver of a family no loaded plugin provides);
/// without it such entries are skipped, for a run whose plugins did not all load (they may be that plugin's).
Config load_profile(const std::string& name, const std::vector<std::filesystem::path>& profile_dirs,
                    const std::vector<RuleMeta>& known, bool strict = false);
Config load_config_file(const std::filesystem::path& file, const std::vector<std::filesystem::path>& profile_dirs,
                        const std::vector<RuleMeta>& known, bool strict = false);
/// The configuration with no profile: every known rule at its defaults.
Config default_config(const std::vector<RuleMeta>& known);

/// Strict check of a configuration file (`kiemtra check-config`): unknown rule ids
/// ("did you mean"), unknown parameters, wrong types, bad severities, bad extends.
std::vector<ConfigProblem> check_config_file(const std::filesystem::path& file,
                                             const std::vector<std::filesystem::path>& profile_dirs,
                                             const std::vector<RuleMeta>& known);

/// The profile folders, in search order: <exe_dir>/../share/kiemtra/rules (installed, and mirrored
/// by the build tree), then ./rules in the current directory.
std::vector<std::filesystem::path> profile_search_path(const std::filesystem::path& exe_dir);

}  // namespace kiemtra::core
