// The report formats by name, and choosing one from a file's extension.
#pragma once

#include <string>
#include <vector>

#include "report/run_report.hpp"

namespace kiemtra::core {

/// Every format `--format` accepts.
const std::vector<std::string>& report_formats();

/// The format a file name implies by its extension (".json" -> "json", ".txt" -> "text"); "" when none does.
std::string format_for_path(const std::string& path);

/// Writes the report in `format` to `path` ("" or "-" for standard output).
/// Throws UserError (exit 2) for an unknown format or a file that cannot be written.
void write_report(const std::string& format, const RunReport& report, const std::string& path);

}  // namespace kiemtra::core
