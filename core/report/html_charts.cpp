// The HTML report's summary charts: findings by rule family and severity, and the organizations
// with most errors. Aggregates only, so the page stays small however many findings there are.
#include <algorithm>

#include "report/html_parts.hpp"
#include "report/svg_chart.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core::html {

namespace {

constexpr std::size_t kTopOrgs = 15;

std::vector<svg::Series> severity_series(const std::string& lang) {
  std::vector<svg::Series> out;
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    out.push_back({std::string(code(s)), severity_label(s, lang)});
  return out;
}

}  // namespace

std::vector<std::size_t> top_error_nodes(const ReportModel& m, std::size_t limit) {
  std::vector<std::size_t> with_errors;
  for (std::size_t k = 0; k < m.nodes.size(); ++k)
    if (m.nodes[k].own[2] > 0) with_errors.push_back(k);
  std::stable_sort(with_errors.begin(), with_errors.end(),
                   [&](std::size_t a, std::size_t b) { return m.nodes[a].own[2] > m.nodes[b].own[2]; });
  if (with_errors.size() > limit) with_errors.resize(limit);
  return with_errors;
}

void write_charts(const RunReport& r, const ReportModel& m, std::ostream& out) {
  out << svg::fill_defs() << "\n<div class=\"charts\" id=\"charts\">\n";

  svg::BarChart families{"chart-families", label("chart_families", r.lang), severity_series(r.lang), {}, r.lang};
  for (const auto& [family, c] : m.by_family)
    families.bars.push_back({family_label(family, r.lang), family, "", "",
                             {static_cast<std::int64_t>(c[2]), static_cast<std::int64_t>(c[1]),
                              static_cast<std::int64_t>(c[0])}});
  out << "<figure><figcaption>" << html_escape(families.title) << "</figcaption>";
  svg::write_bar_chart(families, out);
  out << "</figure>\n";

  const std::vector<std::size_t> top = top_error_nodes(m, kTopOrgs);
  if (!top.empty()) {
    std::string title = label("chart_top", r.lang);
    title.replace(title.find("{n}"), 3, std::to_string(top.size()));
    svg::BarChart orgs{"chart-top", title, {{"error", severity_label(Severity::error, r.lang)}}, {}, r.lang};
    for (std::size_t k : top) {
      const OrgNode& node = m.nodes[k];
      const std::string name = node.org != kNone ? std::string(r.data.organizations[node.org].name)
                                                 : node_path(r.data, node, r.lang);
      orgs.bars.push_back({name, node_id(r.data, node), "#org-" + std::to_string(k), std::to_string(k),
                           {static_cast<std::int64_t>(node.own[2])}});
    }
    out << "<figure><figcaption>" << html_escape(title) << "</figcaption>";
    svg::write_bar_chart(orgs, out);
    out << "</figure>\n";
  }
  out << "<p class=\"hint\">" << html_escape(label("chart_numbers", r.lang)) << "</p>\n</div>\n";
}

}  // namespace kiemtra::core::html
