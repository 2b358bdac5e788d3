// What a run knows beyond its findings: the waivers and how often each was used, the history it was
// compared with, and the findings of the last run that are gone (fixed). Each finding's own fingerprint,
// baseline and waiver are fields of its record (engine/findings.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "config/waiver.hpp"
#include "kiemtra/dataset.hpp"
#include "engine/findings.hpp"
#include "history/history.hpp"

namespace kiemtra::core {

/// The run compared against.
struct PreviousRun {
  std::int64_t id = 0;
  std::string started_at;  ///< ISO 8601, local time
  std::string as_of;
};

struct RunAnnotations {
  const std::vector<Waiver>* waivers = nullptr;  ///< every waiver of the configuration (FindingRecord::waiver indexes it)
  std::vector<std::size_t> waiver_uses;          ///< per waiver: findings it covers
  bool history = false;                          ///< compared with a history file
  std::string history_file;
  std::int64_t run_id = 0;              ///< this run's id in the history
  std::optional<PreviousRun> previous;  ///< none: the first run of this dataset
  std::vector<FixedFinding> fixed;

  std::size_t new_count = 0;        ///< findings new since the previous run
  std::size_t unchanged_count = 0;  ///< findings already in the previous run
  std::size_t waived_count = 0;     ///< findings a waiver covers

  std::size_t count_new() const { return new_count; }
  std::size_t count_unchanged() const { return unchanged_count; }
  std::size_t count_waived() const { return waived_count; }
  /// The waiver covering `f`, or null.
  const Waiver* waiver_of(FindingRef f) const {
    return waivers && f.waived() && f.waiver() < waivers->size() ? &(*waivers)[f.waiver()] : nullptr;
  }
};

/// "new" / "unchanged" / "" (the codes of JSON, CSV and SARIF).
const char* baseline_code(Baseline b);

/// "lý do (người chịu trách nhiệm, đến 31/12/2025; rules/x.yaml:12)" in `lang`.
std::string waiver_label(const Waiver& w, const std::string& lang);


}  // namespace kiemtra::core
