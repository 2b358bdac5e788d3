// SARIF reporting descriptors: each rule's metadata, help text and effective settings.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/sarif_parts.hpp"

namespace kiemtra::core::sarif {

namespace {

using nlohmann::json;

/// "cell-min-official-members" -> "CellMinOfficialMembers": SARIF's `name` is an identifier.
std::string pascal_name(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id.substr(id.find('/') + 1)) {
    if (c == '-' || c == '_' || c == '/') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

/// The parameter values in force at the report's date: the configuration's, else the rule's defaults.
std::vector<std::pair<std::string, std::string>> parameters(const RunReport& r, const RuleMeta* meta,
                                                            const std::string& id) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto it = r.config.rules.find(id);
  if (it != r.config.rules.end() && !it->second.params.editions.empty()) {
    for (const auto& [name, value] : it->second.params.at(r.as_of).values)
      out.emplace_back(name, format_param_value(value));
  } else if (meta) {
    for (const auto& p : meta->params) out.emplace_back(p.name, format_param_value(p.default_value));
  }
  return out;
}

std::string citation_in_force(const RunReport& r, const RuleMeta* meta, const std::string& id) {
  const auto it = r.config.rules.find(id);
  if (it != r.config.rules.end() && !it->second.params.editions.empty())
    return it->second.params.at(r.as_of).citation.text();
  if (meta && !meta->editions.empty()) return Params{meta->editions}.at(r.as_of).citation.text();
  return {};
}

}  // namespace

const char* level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "none";
}

std::vector<std::string> described_rules(const RunReport& r) {
  std::set<std::string> ids(r.result.rules_run.begin(), r.result.rules_run.end());
  for (const auto& f : r.result.findings) ids.insert(f.rule_id());
  if (r.annotations)
    for (const auto& f : r.annotations->fixed) ids.insert(f.rule_id);
  return {ids.begin(), ids.end()};
}

json rule_descriptor(const RunReport& r, const ReportModel& model, const std::string& id) {
  const bool en = r.lang == "en";
  const auto found = model.rules.find(id);
  const RuleMeta* meta = found == model.rules.end() ? nullptr : found->second;
  const auto settings = r.config.rules.find(id);
  const Severity severity = settings != r.config.rules.end() ? settings->second.severity
                            : meta                           ? meta->default_severity
                                                             : Severity::error;
  const std::string family = family_of(id);

  json d = {{"id", id}, {"name", pascal_name(id)}};
  json props = {{"family", family}, {"tags", json::array({family})}};
  if (meta) {
    const std::string& title = en ? meta->title_en : meta->title_vi;
    const std::string& description = en ? meta->description_en : meta->description_vi;
    d["shortDescription"] = {{"text", title.empty() ? id : title}};
    d["fullDescription"] = {{"text", description.empty() ? title : description}};

    const auto params = parameters(r, meta, id);
    const std::string citation = citation_in_force(r, meta, id);
    std::string text = description, markdown = "**" + title + "**\n\n" + description;
    if (!citation.empty()) {
      text += fmt::format("\n\n{}: {}", en ? "Source" : "Căn cứ", citation);
      markdown += fmt::format("\n\n**{}:** {}", en ? "Source" : "Căn cứ", citation);
    }
    if (!params.empty()) {
      text += en ? "\n\nParameters:" : "\n\nTham số:";
      markdown += en ? "\n\n**Parameters:**\n" : "\n\n**Tham số:**\n";
      json pj = json::object();
      for (const auto& [name, value] : params) {
        text += fmt::format("\n  {} = {}", name, value);
        markdown += fmt::format("\n- `{}` = `{}`", name, value);
        pj[name] = value;
      }
      props["parameters"] = pj;
    }
    d["help"] = {{"text", text}, {"markdown", markdown}};
    props["title_vi"] = meta->title_vi;
    props["title_en"] = meta->title_en;
    json editions = json::array();
    for (const auto& e : meta->editions) editions.push_back({{"from", e.from.iso()}, {"citation", e.citation.text()}});
    props["editions"] = editions;
  } else {
    d["shortDescription"] = {{"text", id}};
  }
  const auto plugin = model.plugin_of_rule.find(id);
  if (plugin != model.plugin_of_rule.end()) props["plugin"] = plugin->second;
  d["defaultConfiguration"] = {{"level", level(severity)},
                               {"enabled", settings == r.config.rules.end() ? true : settings->second.enabled}};
  d["properties"] = props;
  return d;
}

}  // namespace kiemtra::core::sarif
