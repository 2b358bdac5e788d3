// The JSON report (schema kiemtra.findings/1, documented in docs/json-output.md), written finding by finding.
#include <nlohmann/json.hpp>

#include "report/finding_json.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

namespace {

using nlohmann::json;

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
