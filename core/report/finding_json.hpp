// One finding as a JSON object: shared by the JSON report and JSON Lines.
#pragma once

#include <nlohmann/json.hpp>

#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"

namespace kiemtra::core {

/// {"id", "name", "kind", "path"} of an organization row; null for kNone.
nlohmann::json org_json(const Dataset& data, std::uint32_t org);

/// A finding as docs/json-output.md describes it.
nlohmann::json finding_json(const Dataset& data, const Finding& f, const std::string& lang);

/// dump() that never throws on invalid UTF-8 from a plugin (the bytes become U+FFFD).
inline std::string dump_json(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kiemtra::core
