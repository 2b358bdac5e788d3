// One finding as a JSON object: shared by the JSON report and JSON Lines.
#pragma once

#include <nlohmann/json.hpp>

#include "kiemtra/dataset.hpp"
#include "engine/findings.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

/// {"id", "name", "kind", "path"} of an organization row; null for kNone.
nlohmann::json org_json(const Dataset& data, std::uint32_t org);

/// A finding as docs/json-output.md describes it.
nlohmann::json finding_json(const Dataset& data, FindingRef f, const std::string& lang);

/// Adds finding `i`'s annotations to its object: "fingerprint", "baseline" ("new"/"unchanged", with
/// history), "waived" and "waiver" (when a waiver covers it).
void annotate_json(nlohmann::json& finding, const RunAnnotations& a, FindingRef f);

/// {"rule", "org", "subject", "reason", "owner", "expires", "where"}.
nlohmann::json waiver_json(const Waiver& w);

/// The run against its history: {"file", "run_id", "previous_run", "new", "unchanged", "fixed": [...]}.
nlohmann::json history_json(const RunAnnotations& a, const std::string& lang);

/// A fixed finding as an object like a finding's, with "baseline": "fixed".
nlohmann::json fixed_json(const FixedFinding& f, const std::string& lang);

/// dump() that never throws on invalid UTF-8 from a plugin (the bytes become U+FFFD).
inline std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kiemtra::core
