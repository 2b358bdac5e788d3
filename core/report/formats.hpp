// The report formats by name, and choosing one from a file's extension.
#pragma once

#include <string>
#include <vector>

#include "report/run_report.hpp"

namespace kiemtra::core {

/// Every format `--format` accepts: text, json, html, xlsx, sarif, junit, csv, jsonl.
const std::vector<std::string>& report_formats();

/// The format a file name implies by its extension, case-insensitively; the longest matching
/// extension wins, so "x.sarif.json" is sarif and "x.junit.xml" junit. "" when none matches.
std::string format_for_path(const std::string& path);

/// Writes the report in `format` to `path` ("" or "-" for standard output).
/// Throws UserError (exit 2) for an unknown format or a file that cannot be written.
void write_report(const std::string& format, const RunReport& report, const std::string& path);

}  // namespace kiemtra::core
