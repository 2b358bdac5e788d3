// The data block of the HTML report: compact arrays the page's script renders lazily.
#include <map>

#include "report/finding_json.hpp"
#include "report/html_parts.hpp"
#include "report/text_escape.hpp"

namespace kiemtra::core::html {

using nlohmann::json;

void write_page_data(const RunReport& r, const ReportModel& m, std::ostream& out) {
  const Dataset& d = r.data;
  json families = json::array();
  std::map<std::string, std::size_t> family_index;
  for (const auto& [family, counts] : m.by_family) {
    family_index[family] = families.size();
    families.push_back(family);
  }

  // Rules by first appearance; a finding refers to its rule, citation and subject kind by index.
  json rules = json::array();
  std::map<std::string, std::size_t> rule_index;
  json citations = json::array();
  std::map<std::string, std::size_t> citation_index;
  const auto intern = [](std::map<std::string, std::size_t>& index, json& list, const std::string& s) {
    const auto [it, fresh] = index.try_emplace(s, list.size());
    if (fresh) list.push_back(s);
    return it->second;
  };
  json kinds = json::array();
  for (int k = 0; k <= static_cast<int>(SubjectKind::row); ++k)
    kinds.push_back(subject_kind_label(static_cast<SubjectKind>(k), r.lang));

  // The findings first, one at a time: 300 000 of them never exist as one JSON value. Object keys
  // have no order, so the tables they refer to can follow.
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  out << "{\"f\":[";
  bool first = true;
  for (std::size_t i : m.order) {
    // What the nightly run says of it: new since the last run, and the waiver that covers it.
    std::string status;
    if (r.result.findings[i].baseline() == Baseline::fresh) status = label("new_tag", r.lang);
    if (const Waiver* w = a.waiver_of(r.result.findings[i]))
      status += (status.empty() ? "" : " · ") + label("waived_tag", r.lang) + ": " + waiver_label(*w, r.lang);
    FindingRef f = r.result.findings[i];
    auto ri = rule_index.find(f.rule_id());
    if (ri == rule_index.end()) {
      ri = rule_index.emplace(f.rule_id(), rules.size()).first;
      rules.push_back({f.rule_id(), family_index[family_of(f.rule_id())], rule_title(m, f.rule_id(), r.lang)});
    }
    const json row = {ri->second,
                      static_cast<int>(f.severity()),
                      static_cast<int>(f.subject_kind()),
                      f.subject_id(),
                      f.subject_name(),
                      message_in(f, r.lang),
                      intern(citation_index, citations, f.citation().text()),
                      f.location(),
                      status};
    out << (first ? "" : ",") << script_safe_json(dump_json(row));
    first = false;
  }
  out << "],";

  json nodes = json::array();
  for (const auto& n : m.nodes) {
    const bool org = n.org != kNone;
    const OrgKind kind = org ? d.organizations[n.org].kind : OrgKind::unknown;
    nodes.push_back({org ? std::string(d.organizations[n.org].id) : std::string(),
                     org ? std::string(d.organizations[n.org].name) : node_path(d, n, r.lang),
                     org ? std::string(r.lang == "en" ? label_en(kind) : label_vi(kind)) : std::string(), n.parent,
                     n.depth, n.first, n.end, n.total[0], n.total[1], n.total[2]});
  }

  json severities = json::array(), plurals = json::array();
  for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
    severities.push_back(severity_label(s, r.lang));
    plurals.push_back(severity_plural(s, r.lang));
  }
  json family_labels = json::array();
  for (const auto& f : families) family_labels.push_back(family_label(f.get<std::string>(), r.lang));

  const json rest = {{"lang", r.lang},     {"t", script_labels(r.lang)},
                     {"sev", severities},  {"sevN", plurals},
                     {"fam", families},    {"famLabel", family_labels},
                     {"rules", rules},     {"kinds", kinds},
                     {"cites", citations}, {"nodes", nodes}};
  out << script_safe_json(dump_json(rest).substr(1));  // its members, after "f"
}

}  // namespace kiemtra::core::html
