// Pieces of the HTML report shared between its files.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_model.hpp"

namespace kiemtra::core::html {

/// The page's script and stylesheet; the Content-Security-Policy allows exactly these by hash.
extern const std::string_view kScript;
extern const std::string_view kStyle;

/// A label of the page in `lang` ("vi" or "en"), by key; the key itself when unknown.
const std::string& label(std::string_view key, const std::string& lang);
/// "lỗi" / "errors": a severity after a count.
std::string severity_plural(Severity s, const std::string& lang);
/// Every label the script needs, as a JSON object.
nlohmann::json script_labels(const std::string& lang);

/// The summary's charts (by family and severity; the organizations with most errors), as inline SVG.
void write_charts(const RunReport& report, const ReportModel& model, std::ostream& out);
/// The nodes with most errors of their own, most first (ties in tree order), at most `limit`.
std::vector<std::size_t> top_error_nodes(const ReportModel& model, std::size_t limit);

/// Writes the data the script renders, as one JSON object safe inside a <script> element: labels,
/// rules, families, the tree with rolled-up counts and the findings grouped by organization
/// (arrays, not objects: 300 000 findings must stay small).
void write_page_data(const RunReport& report, const ReportModel& model, std::ostream& out);

}  // namespace kiemtra::core::html
