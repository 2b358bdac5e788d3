// What a nightly run adds to each finding: its fingerprint, whether it is new since the last run,
// the waiver that covers it, and the findings of the last run that are gone (fixed).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/waiver.hpp"
#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"

namespace kiemtra::core {

/// A finding against the last run of the same dataset.
enum class Baseline : std::uint8_t { none, fresh, unchanged };  ///< none: no history to compare with

/// A finding of the last run that this run no longer has.
struct FixedFinding {
  std::string fingerprint;
  std::string rule_id;
  Severity severity = Severity::error;
  std::string org_id;
  std::string org_path;
  std::string subject_kind;
  std::string subject_id;
  std::string subject_name;
  std::string message_vi;
  std::string message_en;
};

/// The run compared against.
struct PreviousRun {
  std::int64_t id = 0;
  std::string started_at;  ///< ISO 8601, local time
  std::string as_of;
};

struct RunAnnotations {
  std::vector<std::string> fingerprints;         ///< per finding, in the report's order
  std::vector<Baseline> baseline;                ///< per finding; empty without history
  std::vector<const Waiver*> waiver;             ///< per finding, nullptr when not waived; empty without waivers
  const std::vector<Waiver>* waivers = nullptr;  ///< every waiver of the configuration
  std::vector<std::size_t> waiver_uses;          ///< per waiver: findings it covers
  bool history = false;                          ///< compared with a history file
  std::string history_file;
  std::int64_t run_id = 0;              ///< this run's id in the history
  std::optional<PreviousRun> previous;  ///< none: the first run of this dataset
  std::vector<FixedFinding> fixed;

  Baseline baseline_of(std::size_t i) const { return i < baseline.size() ? baseline[i] : Baseline::none; }
  const Waiver* waiver_of(std::size_t i) const { return i < waiver.size() ? waiver[i] : nullptr; }
  std::size_t count_new() const;
  std::size_t count_unchanged() const;
  std::size_t count_waived() const;
};

/// "new" / "unchanged" / "" (the codes of JSON, CSV and SARIF).
const char* baseline_code(Baseline b);

/// "lý do (người chịu trách nhiệm, đến 31/12/2025; rules/x.yaml:12)" in `lang`.
std::string waiver_label(const Waiver& w, const std::string& lang);

/// Annotations with fingerprints only: a run without history or waivers.
RunAnnotations fingerprints_only(const Dataset& data, const std::vector<Finding>& findings);

}  // namespace kiemtra::core
