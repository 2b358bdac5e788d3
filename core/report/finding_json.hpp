// One finding as a JSON object: shared by the JSON report and JSON Lines.
#pragma once

#include <nlohmann/json.hpp>

#include "kiemtra/dataset.hpp"
#include "engine/findings.hpp"
#include "report/json_writer.hpp"
#include "run/annotations.hpp"

namespace kiemtra::core {

/// {"id", "name", "kind", "path"} of an organization row; null for kNone.
nlohmann::json org_json(const Dataset& data, std::uint32_t org);

/// Writes one finding as the object docs/json-output.md describes (schema kiemtra.findings/2): the message
/// in `lang`, or "message_vi" and "message_en" when `both` is set; its organization by id; its fingerprint,
/// and with a history or waivers its baseline and waiver. Its citation is an index into the report's
/// "citations" table when `citations` is given (CitationTable), else the object itself. `scratch` is reused.
struct CitationTable {
  std::vector<std::vector<int>> index;  ///< [rule][edition] -> position in `list`, -1 when unused
  std::vector<const Citation*> list;
  explicit CitationTable(const Findings& findings);
};
void write_finding_json(JsonWriter& w, FindingRef f, const RunAnnotations& a, const std::string& lang, bool both,
                        const CitationTable* citations, std::string& scratch);

/// How the findings follow one another: `first` before the first, `between` before each later one, `after`
/// after each (a JSON array: "\n", ",\n", ""; JSON Lines: "", "", "\n").
struct FindingSeparators {
  std::string_view first, between, after;
};
/// Writes every finding of `findings` with write_finding_json, after what `w` holds, to `out` (the stream `w`
/// writes to): formatted in blocks on up to `jobs` threads, written in order.
void write_findings_json(JsonWriter& w, std::ostream& out, const Findings& findings, int jobs, const RunAnnotations& a,
                         const std::string& lang, bool both, const CitationTable* citations, FindingSeparators sep);

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
