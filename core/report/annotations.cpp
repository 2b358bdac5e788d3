// Annotations of a run: counts, codes, and the fingerprint-only form every report falls back to.
#include "report/annotations.hpp"

#include <algorithm>

#include "report/fingerprint.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

std::size_t RunAnnotations::count_new() const { return std::count(baseline.begin(), baseline.end(), Baseline::fresh); }

std::size_t RunAnnotations::count_unchanged() const {
  return std::count(baseline.begin(), baseline.end(), Baseline::unchanged);
}

std::size_t RunAnnotations::count_waived() const {
  return waiver.size() - std::count(waiver.begin(), waiver.end(), nullptr);
}

const char* baseline_code(Baseline b) {
  switch (b) {
    case Baseline::fresh: return "new";
    case Baseline::unchanged: return "unchanged";
    case Baseline::none: return "";
  }
  return "";
}

std::string waiver_label(const Waiver& w, const std::string& lang) {
  if (lang == "en") return w.reason + " (" + w.owner + ", until " + w.expires.iso() + "; " + w.where() + ")";
  return w.reason + " (" + w.owner + ", đến " + w.expires.vn() + "; " + w.where() + ")";
}

RunAnnotations fingerprints_only(const Dataset& data, const std::vector<Finding>& findings) {
  RunAnnotations a;
  Fingerprinter fingerprints(data);
  a.fingerprints.reserve(findings.size());
  for (const Finding& f : findings) a.fingerprints.push_back(fingerprints.next(f));
  return a;
}

const RunAnnotations& annotations_of(const RunReport& report, RunAnnotations& storage) {
  if (report.annotations) return *report.annotations;
  storage = fingerprints_only(report.data, report.result.findings);
  return storage;
}

}  // namespace kiemtra::core
