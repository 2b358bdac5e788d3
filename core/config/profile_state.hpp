// The configuration while profiles are applied, and how it becomes the effective Config.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "config/config.hpp"

namespace kiemtra::core::config_detail {

using Values = std::vector<std::pair<std::string, ParamValue>>;

/// Sets `name` in `values`, replacing an earlier value (later settings win).
void set_value(Values& values, const std::string& name, ParamValue value);

/// An edition a profile adds or changes, merged across every profile by its `from`.
struct EditionOverride {
  Date from;                         ///< no date: the edition in force since always
  std::optional<Citation> citation;  ///< unset: keep the rule's
  Values params;                     ///< this edition's own values
};

/// One rule's settings as the profiles set them so far.
struct RuleState {
  const RuleMeta* meta = nullptr;
  bool enabled = true;
  Severity severity = Severity::error;
  bool severity_overridden = false;
  Values params;                          ///< `params:` of the rule: applies in every edition
  std::vector<EditionOverride> editions;  ///< `editions:` of the rule
};

/// Everything the profiles set so far.
struct ProfileState {
  std::map<std::string, RuleState> rules;  ///< every known rule, by id
  std::vector<std::string> sources;        ///< files applied, base profiles first
  std::set<Date> holidays;
  std::set<Date> working_days;
  std::vector<Waiver> waivers;             ///< `waivers:` of every profile applied, in order

  /// The known ids, sorted; and their families ("structure").
  std::vector<std::string> ids;
  std::set<std::string> families;
};

/// The start state: every known rule enabled at its default severity, the built-in calendar, no profile applied.
ProfileState initial_state(const std::vector<RuleMeta>& known);

/// Whether an edition with this `from` exists for the rule: declared by it or added by a profile.
bool has_edition(const RuleState& rule, Date from);

/// The effective configuration: editions composed as defaults < the rule's edition values
/// < the profile's `params` < the edition's own profile values, sorted by `from`.
Config finalize(const ProfileState& state);

}  // namespace kiemtra::core::config_detail
