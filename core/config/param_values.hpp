// Reading rule parameter values from YAML, checked against the rule's ParamSpec, and writing them back.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

#include "config/problems.hpp"
#include "kiemtra/params.hpp"

namespace kiemtra::core::config_detail {

/// Reads `value` as a value of `spec`'s type. On a type error adds a problem naming the
/// parameter and `rule_id` at the offending place (`key` locates an empty value) and returns nothing.
std::optional<ParamValue> read_param(const YAML::Node& value, const YAML::Node& key, const ParamSpec& spec,
                                     const std::string& rule_id, const std::string& file, Problems& problems);

/// Reads a boolean as written in profiles: true/false, on/off, yes/no (any case).
std::optional<bool> read_bool(const YAML::Node& value);

/// The canonical YAML text of a value ("3", "0.15", "2019-09-02", "[30, 40]", "{nam: 62.0}").
std::string yaml_value(const ParamValue& value);
/// A double-quoted YAML string with escapes.
std::string yaml_quote(std::string_view text);
/// A number written so that it reads back as the same double ("1.0", "0.15", "1e+20").
std::string yaml_number(double value);

}  // namespace kiemtra::core::config_detail
