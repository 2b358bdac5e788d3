// The JUnit XML report: a testsuite per rule family, a testcase per rule and organization with
// findings (a failure listing them), and one passing testcase per rule that found nothing.
#include <fmt/format.h>

#include <map>
#include <set>

#include "report/report_model.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core {

namespace {

struct Case {
  std::string classname;
  std::string name;
  std::string kind;  ///< "" passing, "failure" or "error"
  std::string message;
  std::string type;
  std::string text;
};

std::string attr(std::string_view s) { return xml_escape(s, true); }

void write_case(const Case& c, std::ostream& out) {
  out << "    <testcase classname=\"" << attr(c.classname) << "\" name=\"" << attr(c.name) << "\" time=\"0\"";
  if (c.kind.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n      <" << c.kind << " message=\"" << attr(c.message) << "\" type=\"" << attr(c.type) << "\">"
      << xml_escape(c.text) << "</" << c.kind << ">\n    </testcase>\n";
}

std::string finding_line(FindingRef f, const std::string& lang) {
  std::string line = fmt::format("[{}] {}", severity_label(f.severity(), lang), message_in(f, lang));
  if (const std::string subject = subject_text(f); !subject.empty() && f.subject_kind() != SubjectKind::organization)
    line = fmt::format("[{}] {}: {}", severity_label(f.severity(), lang), subject, message_in(f, lang));
  if (!f.citation().document.empty()) line += " (" + f.citation().text() + ")";
  if (!f.location().empty()) line += " " + f.location();
  return line;
}

/// The failure for the findings of one rule in one organization.
Case failure_case(const RunReport& r, const RunAnnotations& a, const std::string& rule, const OrgNode& node,
                  const std::vector<std::size_t>& findings) {
  const bool en = r.lang == "en";
  std::size_t waived = 0;
  const Dataset& d = r.data;
  Case c{rule, node_path(d, node, r.lang), "failure", "", "", ""};
  if (node.org != kNone) c.name += " [" + node_id(d, node) + "]";
  SeverityCounts counts{};
  Severity worst = Severity::info;
  for (std::size_t i : findings) {
    FindingRef f = r.result.findings[i];
    ++counts[static_cast<int>(f.severity())];
    worst = std::max(worst, f.severity());
    std::string tags;
    if (r.result.findings[i].baseline() == Baseline::fresh) tags += en ? "[NEW] " : "[MỚI] ";
    if (const Waiver* w = a.waiver_of(r.result.findings[i])) {
      tags += std::string(en ? "[waived: " : "[miễn trừ: ") + waiver_label(*w, r.lang) + "] ";
      ++waived;
    }
    c.text += tags + finding_line(f, r.lang) + "\n";
  }
  // Every finding here is knowingly accepted: the case is skipped, not failed.
  if (waived == findings.size()) c.kind = "skipped";
  c.type = std::string(code(worst));
  const std::string first = message_in(r.result.findings[findings.front()], r.lang);
  c.message = counts_label(counts, r.lang) + ": " + std::string(utf8_prefix(first, 300));
  return c;
}

}  // namespace

void write_junit(const RunReport& r, std::ostream& out) {
  const ReportModel m = build_model(r);
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  // rule -> node -> its findings, in tree order; a rule that ran is listed even without findings.
  std::map<std::string, std::map<std::size_t, std::vector<std::size_t>>> by_rule;
  for (const auto& id : r.result.rules_run) by_rule[id];
  for (std::size_t k = 0; k < m.nodes.size(); ++k)
    for (std::size_t p = m.nodes[k].first; p < m.nodes[k].end; ++p)
      by_rule[r.result.findings[m.order[p]].rule_id()][k].push_back(m.order[p]);
  std::map<std::string, std::vector<const RuleFailure*>> failed;
  for (const auto& f : r.result.failures) failed[f.rule_id].push_back(&f), by_rule[f.rule_id];

  std::map<std::string, std::vector<Case>> suites;
  const std::string all_orgs = r.lang == "en" ? "All organizations" : "Tất cả tổ chức";
  for (const auto& [rule, nodes] : by_rule) {
    auto& cases = suites[family_of(rule)];
    for (const auto& [k, findings] : nodes) cases.push_back(failure_case(r, a, rule, m.nodes[k], findings));
    for (const RuleFailure* f : failed[rule])
      cases.push_back({rule, r.lang == "en" ? "(rule failed)" : "(quy tắc bị lỗi)", "error",
                       std::string(utf8_prefix(f->message, 300)), "rule-failure",
                       fmt::format("plugin {}: {}", f->plugin, f->message)});
    if (nodes.empty() && failed[rule].empty()) cases.push_back({rule, all_orgs, "", "", "", ""});
  }
  for (const auto& p : r.plugins.plugins)
    if (!p.loaded)
      suites["(plugins)"].push_back(
          {"plugin", p.path.string(), "error", p.error.in(r.lang), "plugin-refused", p.error.in(r.lang)});

  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const auto& [name, cases] : suites)
    for (const auto& c : cases)
      ++tests, failures += c.kind == "failure", errors += c.kind == "error", skipped += c.kind == "skipped";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(
      "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"0\">\n",
      attr("kiemtra: " + r.data.name), tests, failures, errors, skipped);
  for (const auto& [family, cases] : suites) {
    std::size_t f = 0, e = 0, s = 0;
    for (const auto& c : cases) f += c.kind == "failure", e += c.kind == "error", s += c.kind == "skipped";
    out << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"0\">\n",
        attr(family), cases.size(), f, e, s);
    out << "    <properties>\n";
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"family", family_label(family, r.lang)},
                                     {"dataset", r.data.name},
                                     {"as_of", r.as_of.iso()},
                                     {"configuration", r.config.hash()}})
      out << "      <property name=\"" << attr(key) << "\" value=\"" << attr(value) << "\"/>\n";
    if (a.history)
      out << "      <property name=\"new\" value=\"" << a.count_new() << "\"/>\n      <property name=\"fixed\" value=\""
          << a.fixed.size() << "\"/>\n";
    out << "    </properties>\n";
    for (const auto& c : cases) write_case(c, out);
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace kiemtra::core
