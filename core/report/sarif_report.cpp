// The SARIF 2.1.0 report: one run, the organization tree as logical locations, one result per finding.
#include <filesystem>
#include <map>

#include "report/finding_json.hpp"
#include "report/sarif_parts.hpp"

namespace kiemtra::core {

namespace {

using nlohmann::json;

constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kBaseId = "DATASET";

/// Percent-encodes what may not appear in a URI path (RFC 3986), keeping '/'.
std::string uri_path(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

/// The folder the dataset's files are in, as a file: URI ending in '/'.
std::string dataset_base_uri(const Dataset& d) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(d.source, ec);
  if (ec) return {};
  if (std::filesystem::is_regular_file(dir, ec)) dir = dir.parent_path();
  std::string s = dir.lexically_normal().generic_string();
  if (s.empty() || s.back() != '/') s += '/';
  return "file://" + uri_path(s);
}

/// A physical location from "file:line:column" (or "file:line"); null when it is not one.
json physical_location(const std::string& location) {
  std::size_t end = location.size();
  int numbers[2] = {0, 0};
  int found = 0;
  while (found < 2) {
    const std::size_t colon = location.rfind(':', end - 1);
    if (colon == std::string::npos || colon + 1 >= end) break;
    const std::string part = location.substr(colon + 1, end - colon - 1);
    if (part.find_first_not_of("0123456789") != std::string::npos || part.size() > 9) break;
    numbers[found++] = std::stoi(part);
    end = colon;
    if (end == 0) break;
  }
  if (found == 0 || end == 0) return nullptr;
  const std::string file = location.substr(0, end);
  const int line = found == 2 ? numbers[1] : numbers[0];
  const int column = found == 2 ? numbers[0] : 0;
  if (line < 1) return nullptr;
  json artifact = file.front() == '/' ? json{{"uri", "file://" + uri_path(file)}}
                                      : json{{"uri", uri_path(file)}, {"uriBaseId", kBaseId}};
  json region = {{"startLine", line}};
  if (column >= 1) region["startColumn"] = column;
  return {{"artifactLocation", artifact}, {"region", region}};
}

/// run.logicalLocations: every organization with a finding in its subtree, parents first.
json org_locations(const RunReport& r, const ReportModel& m, std::vector<std::int64_t>& index_of_node) {
  json out = json::array();
  index_of_node.assign(m.nodes.size(), -1);
  for (std::size_t k = 0; k < m.nodes.size(); ++k) {
    const OrgNode& n = m.nodes[k];
    if (n.org == kNone || sum(n.total) == 0) continue;
    const Organization& o = r.data.organizations[n.org];
    json loc = {{"name", o.name},
                {"fullyQualifiedName", r.data.path(n.org)},
                {"kind", "organization"},
                {"properties", {{"id", o.id}, {"organizationKind", code(o.kind)}}}};
    if (n.parent >= 0 && index_of_node[n.parent] >= 0) loc["parentIndex"] = index_of_node[n.parent];
    index_of_node[k] = static_cast<std::int64_t>(out.size());
    out.push_back(std::move(loc));
  }
  return out;
}

json result_json(const RunReport& r, FindingRef f, std::int64_t rule_index, std::int64_t org_location,
                 const std::string& fingerprint) {
  const Dataset& d = r.data;
  const bool has_org = f.org() != kNone && f.org() < d.organizations.size();
  const std::string path = has_org ? d.path(f.org()) : std::string();
  json logical = json::array();
  if (has_org) {
    json org = {{"name", d.organizations[f.org()].name}, {"fullyQualifiedName", path}, {"kind", "organization"}};
    if (org_location >= 0) org["index"] = org_location;
    logical.push_back(std::move(org));
  }
  const std::string subject = subject_text(f);
  const bool subject_is_org =
      f.subject_kind() == SubjectKind::organization && has_org && f.subject_id() == d.organizations[f.org()].id;
  logical.push_back({{"name", subject.empty() ? std::string(code(f.subject_kind())) : subject},
                     {"fullyQualifiedName", subject_is_org ? path
                                            : path.empty() ? subject
                                                           : path + " › " + subject},
                     {"kind", code(f.subject_kind())}});
  json location = {{"logicalLocations", logical}};
  if (!f.location().empty())
    if (json phys = physical_location(f.location()); !phys.is_null()) location["physicalLocation"] = phys;

  json evidence = json::object();
  for (const auto& e : f.evidence()) evidence[e.key] = e.value;
  json props = {{"severity", code(f.severity())},
                {"family", family_of(f.rule_id())},
                {"organization", has_org ? json(d.organizations[f.org()].id) : json(nullptr)},
                {"subject", {{"kind", code(f.subject_kind())}, {"id", f.subject_id()}, {"name", f.subject_name()}}},
                {"evidence", evidence},
                {"citation", {{"document", f.citation().document}, {"article", f.citation().article}}}};
  if (!f.discriminator().empty()) props["discriminator"] = f.discriminator();
  if (!f.location().empty()) props["location"] = f.location();
  json res = {{"ruleId", f.rule_id()},
              {"level", sarif::level(f.severity())},
              {"message", {{"text", message_in(f, r.lang)}}},
              {"locations", json::array({location})},
              {"partialFingerprints", {{"kiemtraFinding/v1", fingerprint}}},
              {"properties", props}};
  if (rule_index >= 0) res["ruleIndex"] = rule_index;
  return res;
}

/// SARIF's view of the annotations: baselineState against the last run, and an accepted external
/// suppression for a waived finding.
void annotate(json& res, const RunAnnotations& a, FindingRef f) {
  if (a.history) res["baselineState"] = f.baseline() == Baseline::fresh ? "new" : "unchanged";
  if (const Waiver* w = a.waiver_of(f))
    res["suppressions"] = json::array({{{"kind", "external"},
                                        {"status", "accepted"},
                                        {"justification", w->reason},
                                        {"properties", waiver_json(*w)}}});
}

/// A finding of the last run that is gone: a result with baselineState "absent".
json absent_result(const RunReport& r, const FixedFinding& f, std::int64_t rule_index) {
  json res = {{"ruleId", f.rule_id},
              {"level", sarif::level(f.severity)},
              {"message", {{"text", r.lang == "en" ? f.message_en : f.message_vi}}},
              {"locations",
               json::array({{{"logicalLocations",
                              json::array({{{"name", f.subject_name.empty() ? f.subject_id : f.subject_name},
                                            {"fullyQualifiedName", f.org_path},
                                            {"kind", f.subject_kind}}})}}})},
              {"partialFingerprints", {{"kiemtraFinding/v1", f.fingerprint}}},
              {"baselineState", "absent"},
              {"properties", {{"severity", code(f.severity)}, {"organization", f.org_id}}}};
  if (rule_index >= 0) res["ruleIndex"] = rule_index;
  return res;
}

json invocation(const RunReport& r) {
  json notes = json::array();
  for (const auto& p : r.plugins.plugins)
    if (!p.loaded)
      notes.push_back({{"level", "error"},
                       {"message", {{"text", p.error.in(r.lang)}}},
                       {"properties", {{"plugin", p.path.string()}}}});
  for (const auto& f : r.result.failures)
    notes.push_back({{"level", "error"},
                     {"message", {{"text", f.message}}},
                     {"associatedRule", {{"id", f.rule_id}}},
                     {"properties", {{"plugin", f.plugin}}}});
  json inv = {{"executionSuccessful", r.plugins.all_loaded() && r.result.failures.empty()}};
  if (!notes.empty()) inv["toolExecutionNotifications"] = notes;
  return inv;
}

}  // namespace

void write_sarif(const RunReport& r, std::ostream& out) {
  const ReportModel m = build_model(r);
  const auto rule_ids = sarif::described_rules(r);
  std::map<std::string, std::int64_t> rule_index;
  json rules = json::array();
  for (const auto& id : rule_ids) {
    rule_index[id] = static_cast<std::int64_t>(rules.size());
    rules.push_back(sarif::rule_descriptor(r, m, id));
  }
  json extensions = json::array();
  for (const auto& p : r.plugins.plugins)
    if (p.loaded) extensions.push_back({{"name", p.name}, {"version", p.version}});

  const std::string language = r.lang == "en" ? "en-US" : "vi-VN";
  json driver = {{"name", "kiemtra"},
                 {"version", KIEMTRA_VERSION},
                 {"semanticVersion", KIEMTRA_VERSION},
                 {"language", language},
                 {"rules", rules}};
  json run = {{"tool", {{"driver", driver}}},
              {"invocations", json::array({invocation(r)})},
              {"language", language},
              {"columnKind", "unicodeCodePoints"}};
  if (!extensions.empty()) run["tool"]["extensions"] = extensions;
  if (const std::string base = dataset_base_uri(r.data); !base.empty())
    run["originalUriBaseIds"] = {{kBaseId, {{"uri", base}}}};
  std::vector<std::int64_t> node_location;
  if (json orgs = org_locations(r, m, node_location); !orgs.empty()) run["logicalLocations"] = std::move(orgs);
  run["properties"] = {{"asOf", r.as_of.iso()},
                       {"dataset",
                        {{"name", r.data.name},
                         {"source", r.data.source},
                         {"organizations", r.data.organizations.size()},
                         {"members", r.data.members.size()}}},
                       {"configurationHash", r.config.hash()},
                       {"rulesRun", r.result.rules_run}};

  // The run without its results, then the results one by one: a run with 300 000 findings never
  // holds them all as JSON at once.
  std::string head = dump_json(run);
  head.pop_back();  // the closing brace of the run
  out << "{\"$schema\":\"" << kSchemaUri << "\",\"version\":\"2.1.0\",\"runs\":[" << head << ",\"results\":[";
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  bool first = true;
  for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
    FindingRef f = r.result.findings[i];
    const auto ri = rule_index.find(f.rule_id());
    const std::int64_t org_loc =
        f.org() != kNone && f.org() < m.node_of_org.size() ? node_location[m.node_of_org[f.org()]] : -1;
    json res = result_json(r, f, ri == rule_index.end() ? -1 : ri->second, org_loc, r.result.findings[i].fingerprint());
    annotate(res, a, r.result.findings[i]);
    out << (first ? "\n" : ",\n") << dump_json(res);
    first = false;
  }
  for (const FixedFinding& f : a.fixed) {
    const auto ri = rule_index.find(f.rule_id);
    out << (first ? "\n" : ",\n") << dump_json(absent_result(r, f, ri == rule_index.end() ? -1 : ri->second));
    first = false;
  }
  out << "\n]}]}\n";
}

}  // namespace kiemtra::core
