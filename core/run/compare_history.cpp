// New, unchanged and fixed findings, by fingerprint, against the previous complete run.
#include "run/compare_history.hpp"

#include <charconv>
#include <unordered_set>

namespace kiemtra::core {

namespace {

/// Whether a stored finding was identified by its file and line ("members.csv:17"), as row findings were before
/// they had keys: a history written by an earlier version. Keyed subjects always hold a '/'.
bool legacy_row(const FixedFinding& f) {
  return f.subject_kind == "row" && f.subject_id.find('/') == std::string::npos &&
         f.subject_id.find(':') != std::string::npos;
}

std::string legacy_key(std::string_view rule, std::string_view place) {
  std::string k(rule);
  k += '\0';
  k += place;
  return k;
}

/// The places ("members.csv:17") an earlier version would have named a current row finding by: its line, and
/// every line of the rows it groups (its evidence `lines`, "27,28,31"). The organization is left out: a group of
/// rows of several organizations belongs to the root now.
void legacy_places(FindingRef f, std::unordered_set<std::string>& out) {
  const std::string place = f.legacy_row_subject();
  out.insert(legacy_key(f.rule_id(), place));
  const std::string file = place.substr(0, place.rfind(':') + 1);
  for (const Evidence& e : f.evidence()) {
    if (e.key != "lines") continue;
    const char* p = e.value.data();
    const char* end = p + e.value.size();
    while (p < end) {
      std::uint32_t line = 0;
      const auto [next, ec] = std::from_chars(p, end, line);
      if (ec != std::errc()) break;
      out.insert(legacy_key(f.rule_id(), file + std::to_string(line)));
      p = next < end ? next + 1 : end;
    }
  }
}

}  // namespace

void compare_with_previous(History& history, const std::string& dataset, const std::set<std::string>& complete_rules,
                           Findings& findings, RunAnnotations& a) {
  a.history = true;
  for (FindingRecord& r : findings.records()) r.baseline = Baseline::fresh;
  a.new_count = findings.size();
  a.unchanged_count = 0;
  const auto previous = history.last_complete(dataset);
  if (!previous) return;
  a.previous = PreviousRun{previous->id, previous->started_at, previous->as_of};
  const auto before = history.findings_of(previous->id);
  std::unordered_set<std::string> seen;
  // The first run after an upgrade from a version that identified row findings by file and line matches them by
  // that place (docs/nightly.md, CHANGELOG.md); the runs it records are keyed, so this happens once.
  std::unordered_set<std::string> seen_legacy;
  for (const auto& f : before) {
    seen.insert(f.text.fingerprint);
    if (legacy_row(f.text)) seen_legacy.insert(legacy_key(f.text.rule_id, f.text.subject_id));
  }
  std::unordered_set<std::string> now, now_legacy, places;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const FindingRef f = findings[i];
    std::string fingerprint = f.fingerprint();
    bool unchanged = seen.count(fingerprint) > 0;
    if (!seen_legacy.empty() && f.subject_kind() == SubjectKind::row) {
      places.clear();
      legacy_places(f, places);
      for (const std::string& p : places) unchanged = seen_legacy.count(p) > 0 || unchanged;
      now_legacy.insert(places.begin(), places.end());
    }
    if (unchanged) {
      findings.records()[i].baseline = Baseline::unchanged;
      ++a.unchanged_count;
      --a.new_count;
    }
    now.insert(std::move(fingerprint));
  }
  for (const auto& f : before) {
    if (now.count(f.text.fingerprint)) continue;
    if (legacy_row(f.text) && now_legacy.count(legacy_key(f.text.rule_id, f.text.subject_id))) continue;
    const bool engine = f.text.rule_id.rfind("engine/", 0) == 0;
    if (!engine && !complete_rules.count(f.text.rule_id)) continue;
    a.fixed.push_back(f.text);
  }
}

std::vector<StoredFinding> stored_findings(const Dataset& data, const Findings& findings) {
  std::vector<StoredFinding> out;
  out.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    FindingRef f = findings[i];
    StoredFinding s;
    s.text.fingerprint = f.fingerprint();
    s.text.rule_id = f.rule_id();
    s.text.severity = f.severity();
    if (f.org() < data.organizations.size()) {
      s.text.org_id = data.organizations[f.org()].id;
      s.text.org_path = data.path(f.org());
    }
    s.text.subject_kind = code(f.subject_kind());
    s.text.subject_id = f.subject_id();
    s.text.subject_name = f.subject_name();
    s.text.message_vi = f.message_vi();
    s.text.message_en = f.message_en();
    s.waived = f.waived();
    s.fresh = f.baseline() == Baseline::fresh;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace kiemtra::core
