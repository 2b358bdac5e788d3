// The JSON report (schema kiemtra.findings/2, documented in docs/json-output.md), streamed finding by finding.
#include <nlohmann/json.hpp>

#include "report/finding_json.hpp"
#include "report/json_writer.hpp"
#include "report/run_report.hpp"
#include "report/unreadable_summary.hpp"

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
          {"lang", r.all_languages ? "all" : r.lang},
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

/// The organizations the findings name, and their ancestors, parents first: each once, so a finding carries
/// only its organization's id. Linear in the organizations whatever the tree's shape.
void write_organizations(const RunReport& r, JsonWriter& w) {
  const Dataset& d = r.data;
  std::vector<char> wanted(d.organizations.size(), 0);
  for (const FindingRecord& f : r.result.findings.records())
    for (std::uint32_t o = f.org; o < wanted.size() && !wanted[o]; o = d.organizations[o].parent) wanted[o] = 1;
  const bool ordered = d.tree.preorder.size() == d.organizations.size() && d.tree.depth.size() == wanted.size();
  bool first = true;
  for (std::size_t k = 0; k < d.organizations.size(); ++k) {
    const std::uint32_t o = ordered ? d.tree.preorder[k] : static_cast<std::uint32_t>(k);
    if (!wanted[o]) continue;
    const Organization& org = d.organizations[o];
    w.raw(first ? "\n" : ",\n");
    first = false;
    w.raw("{\"id\":").str(org.id).raw(",\"name\":").str(org.name);
    w.raw(",\"kind\":\"").raw(code(org.kind)).raw("\",\"parent\":");
    if (org.parent < d.organizations.size())
      w.str(d.organizations[org.parent].id);
    else
      w.null();
    if (ordered) w.raw(",\"depth\":").num(static_cast<unsigned>(d.tree.depth[o]));
    w.raw('}');
    w.maybe_flush();
  }
}

}  // namespace

void write_json(const RunReport& r, std::ostream& out) {
  RunAnnotations storage;
  const RunAnnotations& a = annotations_of(r, storage);
  std::size_t counts[3] = {0, 0, 0}, unwaived[3] = {0, 0, 0};
  for (const FindingRecord& f : r.result.findings.records()) {
    const int s = static_cast<int>(f.severity);
    ++counts[s];
    if (f.waiver == kNoWaiver) ++unwaived[s];
  }
  json summary = {{"findings", r.result.findings.size()},
                  {"error", counts[2]},
                  {"warning", counts[1]},
                  {"info", counts[0]}};
  if (a.waivers) {
    summary["waived"] = a.count_waived();
    summary["unwaived"] = {{"error", unwaived[2]}, {"warning", unwaived[1]}, {"info", unwaived[0]}};
  }
  // Fields written but unreadable, per column: the rules that need them skipped those rows.
  json unreadable = json::array();
  for (const UnreadableColumn& c : unreadable_columns(r.data))
    unreadable.push_back({{"table", std::string(table_name(c.table))},
                          {"column", c.column},
                          {"rows", c.rows},
                          {"form", c.form},
                          {"form_rows", c.form_rows},
                          {"example", c.example},
                          {"cause", r.lang == "en" ? c.cause.en : c.cause.vi}});
  if (!unreadable.empty()) summary["unreadable"] = std::move(unreadable);
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
  // Streamed: a run with millions of findings never holds a document, nor a message it has written.
  JsonWriter w(out);
  w.raw("{\"schema\":\"kiemtra.findings/2\",\"run\":").raw(dump_json(run));
  w.raw(",\"summary\":").raw(summary.dump()).raw(",\"organizations\":[");
  write_organizations(r, w);
  const CitationTable citations(r.result.findings);
  w.raw("\n],\"citations\":[");
  for (std::size_t k = 0; k < citations.list.size(); ++k)
    w.raw(k ? ",\n" : "\n")
        .raw("{\"document\":")
        .str(citations.list[k]->document)
        .raw(",\"article\":")
        .str(citations.list[k]->article)
        .raw('}');
  w.raw("\n],\"findings\":[");
  write_findings_json(w, out, r.result.findings, r.jobs, a, r.lang, r.all_languages, &citations, {"\n", ",\n", ""});
  w.raw("\n]}\n");
}

}  // namespace kiemtra::core
