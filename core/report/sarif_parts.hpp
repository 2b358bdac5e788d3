// Pieces of the SARIF writer shared between its files.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace kiemtra::core::sarif {

/// "error", "warning", "note".
const char* level(Severity s);

/// The ids of the rules the SARIF run describes: those that ran and any a finding names, sorted.
std::vector<std::string> described_rules(const RunReport& report);

/// tool.driver.rules[i]: id, name, descriptions, help, default configuration and properties.
nlohmann::json rule_descriptor(const RunReport& report, const ReportModel& model, const std::string& id);

}  // namespace kiemtra::core::sarif
