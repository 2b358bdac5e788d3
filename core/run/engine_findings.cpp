// Findings about the run itself: crashed plugins and waivers that expired or match nothing.
#include "run/engine_findings.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "engine/engine_rules.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core {

namespace {

bool covers(const Waiver& w, FindingRef f, const Dataset& data) {
  if (f.rule_id().rfind("engine/", 0) == 0) return false;
  const std::uint32_t o = f.org();
  const std::string_view org = o < data.organizations.size() ? data.organizations[o].id.view() : std::string_view();
  // A row finding's subject was its "file:line" before rows had keys: waivers written then still cover it
  // while the row has not moved (CHANGELOG.md).
  return glob_match(w.rule, f.rule_id()) && glob_match(w.org, org) &&
         (w.subject.empty() || glob_match(w.subject, f.subject_id()) ||
          (f.subject_kind() == SubjectKind::row && glob_match(w.subject, f.legacy_row_subject())));
}

/// A finding about the dataset root.
Finding root_finding(const Dataset& data) {
  Finding f;
  f.subject_kind = SubjectKind::organization;
  f.subject = data.root < data.organizations.size() ? data.root : kNone;
  f.org = data.root;
  return f;
}

}  // namespace

void add_crash_findings(const Dataset& data, const Config& config, RunResult& result) {
  const auto severity = engine_rule_severity(config, kCrashed, Severity::error);
  if (!severity || result.crashes.empty()) return;
  const std::uint16_t rule = engine_rule(result.findings, kCrashed);
  for (const PluginCrash& c : result.crashes) {
    Finding f = root_finding(data);
    f.discriminator = c.plugin;
    const std::string rule_vi = c.rule.empty() ? "giữa hai quy tắc" : "khi đang chạy quy tắc " + c.rule;
    const std::string rule_en = c.rule.empty() ? "between two rules" : "while running the rule " + c.rule;
    std::string how_vi, how_en, how;
    if (c.timed_out) {
      how = "timeout";
      how_vi = "bị dừng vì chạy quá thời hạn --rule-timeout";
      how_en = "was stopped for running past --rule-timeout";
    } else if (c.signal != 0) {
      how = signal_name(c.signal);
      how_vi = "bị dừng bởi tín hiệu " + how;
      how_en = "died of the signal " + how;
    } else {
      how = fmt::format("exit {}", c.exit_status);
      how_vi = fmt::format("tự thoát (mã {}) trước khi xong", c.exit_status);
      how_en = fmt::format("exited (status {}) before finishing", c.exit_status);
    }
    const std::string lost = fmt::format("{}", fmt::join(c.lost_rules, ", "));
    f.say("crashed", {c.plugin, c.rule, how, lost, phrase(how_vi, how_en), phrase(rule_vi, rule_en)});
    result.findings.add(rule, f, *severity);
  }
  result.findings.sort();
}

void apply_waivers(const Dataset& data, const Config& config, Date as_of, RunResult& result, RunAnnotations& a) {
  const auto& waivers = config.waivers;
  a.waivers = waivers.empty() ? nullptr : &waivers;
  a.waiver_uses.assign(waivers.size(), 0);
  a.waived_count = 0;
  if (waivers.empty()) return;
  const auto in_force = [&](const Waiver& w) { return as_of <= w.expires; };
  const auto first_covering = [&](FindingRef f) -> std::size_t {
    for (std::size_t k = 0; k < waivers.size(); ++k)
      if (in_force(waivers[k]) && covers(waivers[k], f, data)) return k;
    return waivers.size();
  };
  for (const FindingRef f : result.findings)
    if (const std::size_t k = first_covering(f); k < waivers.size()) ++a.waiver_uses[k];

  const auto expired = engine_rule_severity(config, kExpired, Severity::warning);
  const auto unused = engine_rule_severity(config, kUnused, Severity::info);
  bool added = false;
  for (std::size_t k = 0; k < waivers.size(); ++k) {
    const Waiver& w = waivers[k];
    const bool is_expired = !in_force(w) && expired;
    const bool is_unused = in_force(w) && a.waiver_uses[k] == 0 && unused;
    if (!is_expired && !is_unused) continue;
    const std::string what = w.subject.empty() ? fmt::format("{} @ {}", w.rule, w.org)
                                               : fmt::format("{} @ {} / {}", w.rule, w.org, w.subject);
    // The waiver's finding belongs to its organization when the dataset has it, else to the root.
    Finding f = root_finding(data);
    if (const std::uint32_t o = data.find_org(w.org); o != kNone) {
      f.org = o;
      f.subject = o;
    }
    const std::string discriminator = w.rule + "|" + w.org + "|" + w.subject;
    f.discriminator = discriminator;
    const std::string where = w.where();
    f.say(is_expired ? "expired" : "unused", {w.rule, w.org, w.reason, w.owner, w.expires, w.subject, what, where});
    result.findings.add(engine_rule(result.findings, is_expired ? kExpired : kUnused), f,
                        is_expired ? *expired : *unused, where);
    added = true;
  }
  if (added) result.findings.sort();
  if (waivers.size() >= kNoWaiver) throw std::length_error("more than 65,534 waivers");
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    const std::size_t k = first_covering(result.findings[i]);
    if (k == waivers.size()) continue;
    result.findings.records()[i].waiver = static_cast<std::uint16_t>(k);
    ++a.waived_count;
  }
}

}  // namespace kiemtra::core
