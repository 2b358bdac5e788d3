// The JSON report (schema kiemtra.findings/1, documented in docs/json-output.md), written finding by finding.
#include <nlohmann/json.hpp>

#include "report/run_report.hpp"

namespace kiemtra::core {

namespace {

using nlohmann::json;

json org_json(const Dataset& d, std::uint32_t org) {
  if (org == kNone) return nullptr;
  const Organization& o = d.organizations[org];
  return {{"id", o.id}, {"name", o.name}, {"kind", code(o.kind)}, {"path", d.path(org)}};
}

json finding_json(const Dataset& d, const Finding& f, const std::string& lang) {
  json evidence = json::object();
  for (const auto& e : f.evidence) evidence[e.key] = e.value;
  json j = {{"rule", f.rule_id},
            {"severity", code(f.severity)},
            {"organization", org_json(d, f.org)},
            {"subject", {{"kind", code(f.subject_kind)}, {"id", f.subject_id}, {"name", f.subject_name}}},
            {"message", lang == "en" ? f.message_en : f.message_vi},
            {"message_vi", f.message_vi},
            {"message_en", f.message_en},
            {"evidence", evidence},
            {"citation", {{"document", f.citation.document}, {"article", f.citation.article}}}};
  if (!f.location.empty()) j["location"] = f.location;
  if (!f.discriminator.empty()) j["discriminator"] = f.discriminator;
  return j;
}

json run_json(const RunReport& r) {
  json plugins = json::array();
  for (const auto& p : r.plugins.plugins) {
    json pj = {{"name", p.name},         {"version", p.version},          {"sdk_version", p.sdk_version},
               {"abi", p.abi_version},   {"path", p.path.string()},       {"loaded", p.loaded},
               {"rules", p.rule_ids}};
    if (!p.loaded) pj["error"] = p.error.in(r.lang);
    plugins.push_back(std::move(pj));
  }
  json failures = json::array();
  for (const auto& f : r.result.failures)
    failures.push_back({{"rule", f.rule_id}, {"plugin", f.plugin}, {"message", f.message}});
  return {{"tool", {{"name", "kiemtra"}, {"version", KIEMTRA_VERSION}}},
          {"as_of", r.as_of.iso()},
          {"lang", r.lang},
          {"dataset",
           {{"name", r.data.name},
            {"source", r.data.source},
            {"organizations", r.data.organizations.size()},
            {"members", r.data.members.size()},
            {"dues", r.data.dues.size()},
            {"dues_present", r.data.dues.present}}},
          {"plugins", plugins},
          {"configuration", {{"sources", r.config.sources}, {"hash", r.config.hash()}}},
          {"rules_run", r.result.rules_run},
          {"rule_failures", failures}};
}

}  // namespace

void write_json(const RunReport& r, std::ostream& out) {
  std::size_t counts[3] = {0, 0, 0};
  for (const auto& f : r.result.findings) ++counts[static_cast<int>(f.severity)];
  const json summary = {{"findings", r.result.findings.size()},
                        {"error", counts[2]},
                        {"warning", counts[1]},
                        {"info", counts[0]}};
  // Written piecewise so that a run with millions of findings never holds one giant DOM.
  out << "{\"schema\":\"kiemtra.findings/1\",\"run\":" << run_json(r).dump(-1, ' ', false, json::error_handler_t::replace) << ",\"summary\":" << summary.dump()
      << ",\"findings\":[";
  bool first = true;
  for (const auto& f : r.result.findings) {
    out << (first ? "\n" : ",\n") << finding_json(r.data, f, r.lang).dump(-1, ' ', false, json::error_handler_t::replace);
    first = false;
  }
  out << "\n]}\n";
}

}  // namespace kiemtra::core
