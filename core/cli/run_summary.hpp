// What the terminal keeps after a run once the progress lines are erased: counts by severity, organizations
// affected, rules run / passed / failed, and the files written.
#pragma once

#include <string>
#include <vector>

#include "report/run_report.hpp"

namespace kiemtra::core::cli {

/// The summary lines, each ending in a newline, in the report's language; coloured when `color`.
std::string run_summary(const RunReport& report, const std::vector<std::string>& written, bool color);

/// Whether `validate` prints the summary on standard error: never with --quiet; always when every report went
/// to a file (the terminal would otherwise end blank); when the report went to standard output, only when
/// standard error is a terminal and standard output is not one showing the text report (which ends with its
/// own totals).
bool summary_wanted(bool quiet, bool report_on_stdout, const std::string& stdout_format);

}  // namespace kiemtra::core::cli
