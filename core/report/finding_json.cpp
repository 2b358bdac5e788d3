// A finding and its organization as JSON objects.
#include "report/finding_json.hpp"

namespace kiemtra::core {

using nlohmann::json;

json org_json(const Dataset& d, std::uint32_t org) {
  if (org == kNone || org >= d.organizations.size()) return nullptr;
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

}  // namespace kiemtra::core
