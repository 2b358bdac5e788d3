// What a report is made of: the run's inputs and results, and the writers for each format.
#pragma once

#include <ostream>
#include <string>

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "kiemtra/dataset.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

/// Everything a report shows about one run.
struct RunReport {
  const Dataset& data;
  const RunResult& result;
  const PluginSet& plugins;
  const Config& config;
  Date as_of;
  std::string lang = "vi";  ///< "vi" or "en"
};

/// Findings grouped by organization along the tree path, with counts per severity.
void write_text(const RunReport& report, std::ostream& out);

/// The JSON document of docs/json-output.md (schema "kiemtra.findings/1").
void write_json(const RunReport& report, std::ostream& out);

/// "error"/"lỗi" ... in the report's language.
std::string severity_label(Severity s, const std::string& lang);

/// A parameter value as written in a profile: 3, 0.15, true, [30, 40], {nam: 62, nu: 60}, 2019-09-30.
std::string format_param_value(const ParamValue& value);

}  // namespace kiemtra::core
