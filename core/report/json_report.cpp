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
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  std::size_t counts[3] = {0, 0, 0}, unwaived[3] = {0, 0, 0};
  for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
    const int s = static_cast<int>(r.result.findings[i].severity());
    ++counts[s];
    if (!r.result.findings[i].waived()) ++unwaived[s];
  }
  json summary = {{"findings", r.result.findings.size()},
                  {"error", counts[2]},
                  {"warning", counts[1]},
                  {"info", counts[0]}};
  if (a.waivers) {
    summary["waived"] = a.count_waived();
    summary["unwaived"] = {{"error", unwaived[2]}, {"warning", unwaived[1]}, {"info", unwaived[0]}};
  }
  if (a.history) {
    summary["new"] = a.count_new();
    summary["fixed"] = a.fixed.size();
  }
  json run = run_json(r);
  if (a.history) run["history"] = history_json(a, r.lang);
  if (a.waivers) {
    json list = json::array();
    for (std::size_t k = 0; k < a.waivers->size(); ++k) {
      json w = waiver_json((*a.waivers)[k]);
      w["findings"] = k < a.waiver_uses.size() ? a.waiver_uses[k] : 0;
      list.push_back(std::move(w));
    }
    run["waivers"] = std::move(list);
  }
  // Written piecewise so that a run with millions of findings never holds one giant DOM.
  out << "{\"schema\":\"kiemtra.findings/1\",\"run\":" << dump_json(run) << ",\"summary\":" << summary.dump()
      << ",\"findings\":[";
  bool first = true;
  for (std::size_t i = 0; i < r.result.findings.size(); ++i) {
    json j = finding_json(r.data, r.result.findings[i], r.lang);
    annotate_json(j, a, r.result.findings[i]);
    out << (first ? "\n" : ",\n") << dump_json(j);
    first = false;
  }
  out << "\n]}\n";
}

}  // namespace kiemtra::core
