// Applying the sections of one profile file (rules:, calendar:) to the configuration being built.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "config/problems.hpp"
#include "config/profile_state.hpp"

namespace kiemtra::core::config_detail {

/// How strict to be about rule ids nobody knows.
enum class Mode {
  load,   ///< an unknown id of an unknown family is ignored (its plugin is not loaded)
  check,  ///< every unknown id is a problem (`kiemtra check-config`)
};

/// What applying one file needs.
struct FileContext {
  const std::string& file;  ///< as shown in messages
  Mode mode;
  Problems& problems;
  ProfileState& state;
};

/// Applies the `rules:` map in the order written (`key` locates the section).
void apply_rules(const YAML::Node& rules, const YAML::Node& key, FileContext& ctx);

/// Applies `params:` of an exact rule id to `into` (the rule's values, or one edition's).
void apply_params(const RuleState& rule, const YAML::Node& params, const YAML::Node& key, Values& into,
                  FileContext& ctx);

/// Applies `editions:` of an exact rule id: adds editions, or changes the one with the same `from`.
void apply_editions(RuleState& rule, const YAML::Node& editions, const YAML::Node& key, FileContext& ctx);

/// Merges `calendar:` into the calendar of the base profiles.
void apply_calendar(const YAML::Node& calendar, const YAML::Node& key, FileContext& ctx);

/// Applies `waivers:` (a list of waivers): each must have rule, org, reason, owner and expires.
void apply_waivers(const YAML::Node& list, const YAML::Node& key, FileContext& ctx);

/// Adds "unknown key" problems for the keys of `map` not in `allowed` ("... in <where_vi>/<where_en>").
/// Returns false when there was one.
bool check_keys(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& where_vi,
                const std::string& where_en, FileContext& ctx);

}  // namespace kiemtra::core::config_detail
