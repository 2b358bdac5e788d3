// A finding and its organization as JSON objects.
#include "report/finding_json.hpp"

namespace kiemtra::core {

using nlohmann::json;

json org_json(const Dataset& d, std::uint32_t org) {
  if (org == kNone || org >= d.organizations.size()) return nullptr;
  const Organization& o = d.organizations[org];
  return {{"id", o.id}, {"name", o.name}, {"kind", code(o.kind)}, {"path", d.path(org)}};
}

json finding_json(const Dataset& d, FindingRef f, const std::string& lang) {
  json evidence = json::object();
  for (const auto& e : f.evidence()) evidence[e.key] = e.value;
  json j = {{"rule", f.rule_id()},
            {"severity", code(f.severity())},
            {"organization", org_json(d, f.org())},
            {"subject", {{"kind", code(f.subject_kind())}, {"id", f.subject_id()}, {"name", f.subject_name()}}},
            {"message", lang == "en" ? f.message_en() : f.message_vi()},
            {"message_vi", f.message_vi()},
            {"message_en", f.message_en()},
            {"evidence", evidence},
            {"citation", {{"document", f.citation().document}, {"article", f.citation().article}}}};
  if (!f.location().empty()) j["location"] = f.location();
  if (!f.discriminator().empty()) j["discriminator"] = f.discriminator();
  return j;
}

void annotate_json(json& j, const RunAnnotations& a, FindingRef f) {
  j["fingerprint"] = f.fingerprint();
  if (a.history) j["baseline"] = baseline_code(f.baseline());
  if (a.waivers) {
    const Waiver* w = a.waiver_of(f);
    j["waived"] = w != nullptr;
    if (w) j["waiver"] = waiver_json(*w);
  }
}

json waiver_json(const Waiver& w) {
  return {{"rule", w.rule},   {"org", w.org},     {"subject", w.subject},           {"reason", w.reason},
          {"owner", w.owner}, {"expires", w.expires.iso()}, {"where", w.where()}};
}

json fixed_json(const FixedFinding& f, const std::string& lang) {
  return {{"rule", f.rule_id},
          {"severity", code(f.severity)},
          {"organization", {{"id", f.org_id}, {"path", f.org_path}}},
          {"subject", {{"kind", f.subject_kind}, {"id", f.subject_id}, {"name", f.subject_name}}},
          {"message", lang == "en" ? f.message_en : f.message_vi},
          {"fingerprint", f.fingerprint},
          {"baseline", "fixed"}};
}

json history_json(const RunAnnotations& a, const std::string& lang) {
  json fixed = json::array();
  for (const auto& f : a.fixed) fixed.push_back(fixed_json(f, lang));
  json previous = nullptr;
  if (a.previous) previous = {{"id", a.previous->id}, {"started_at", a.previous->started_at}, {"as_of", a.previous->as_of}};
  return {{"file", a.history_file},       {"run_id", a.run_id},
          {"previous_run", previous},     {"new", a.count_new()},
          {"unchanged", a.count_unchanged()}, {"fixed_count", a.fixed.size()},
          {"fixed", fixed}};
}

}  // namespace kiemtra::core
