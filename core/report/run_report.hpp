// What a report is made of: the run's inputs and results, and the writers for each format.
#pragma once

#include <ostream>
#include <string>

#include "config/config.hpp"
#include "engine/engine.hpp"
#include "kiemtra/dataset.hpp"
#include "loader/loader.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

/// Everything a report shows about one run.
struct RunReport {
  const Dataset& data;
  const RunResult& result;
  const PluginSet& plugins;
  const Config& config;
  Date as_of;
  std::string lang = "vi";  ///< "vi" or "en"
  /// Findings carry their message in both languages (--lang all), in the formats that have one per finding.
  bool all_languages = false;
  /// ANSI colours in the formats a terminal shows (text, diagnostics): set only when the report goes to one.
  bool color = false;
  /// Waivers, history and fixed findings; null: a run without them (the findings' own fields still hold
  /// their fingerprints, set by `validate`).
  const RunAnnotations* annotations = nullptr;
  /// Threads that may format the findings of the formats written block by block (JSON, JSON Lines).
  int jobs = 1;
};

/// The report's annotations: `report.annotations`, or empty ones kept in `storage`.
const RunAnnotations& annotations_of(const RunReport& report, RunAnnotations& storage);

/// Findings grouped by organization along the tree path, with counts per severity.
void write_text(const RunReport& report, std::ostream& out);

/// The JSON document of docs/json-output.md (schema "kiemtra.findings/1").
void write_json(const RunReport& report, std::ostream& out);

/// One self-contained HTML page: summary, organization tree with rolled-up counts, filters (docs/reports.md).
void write_html(const RunReport& report, std::ostream& out);

/// SARIF 2.1.0: one run, the rules in tool.driver.rules, one result per finding.
void write_sarif(const RunReport& report, std::ostream& out);

/// JUnit XML: a testsuite per rule family, a testcase per rule and organization with findings.
void write_junit(const RunReport& report, std::ostream& out);

/// CSV (RFC 4180, UTF-8 with BOM), one finding per row.
void write_csv(const RunReport& report, std::ostream& out);

/// JSON Lines: one finding object per line, with its fingerprint.
void write_jsonl(const RunReport& report, std::ostream& out);

/// One line per finding as compilers print: `file:line:col: severity: message [rule]` (docs/cli.md).
void write_diagnostics(const RunReport& report, std::ostream& out);

/// An Excel workbook (summary, findings, counts per organization) written to the file `path`.
void write_xlsx(const RunReport& report, const std::string& path);

/// "error"/"lỗi" ... in the report's language.
std::string severity_label(Severity s, const std::string& lang);

/// A parameter value as written in a profile: 3, 0.15, true, [30, 40], {nam: 62, nu: 60}, 2019-09-30.
std::string format_param_value(const ParamValue& value);

}  // namespace kiemtra::core
