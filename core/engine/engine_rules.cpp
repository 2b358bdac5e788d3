// The engine's own rules and the findings it reports about the run itself.
#include "engine/engine_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "engine/finding_order.hpp"

namespace kiemtra::core {

namespace {

constexpr const char* kCrashed = "engine/plugin-crashed";
constexpr const char* kExpired = "engine/waiver-expired";
constexpr const char* kUnused = "engine/waiver-unused";
const Citation kIsolationCitation{"Quy ước vận hành kiemtra v1", "mục Cách ly plugin"};
const Citation kWaiverCitation{"Quy ước vận hành kiemtra v1", "mục Miễn trừ"};

RuleMeta meta(const char* id, const char* title_vi, const char* title_en, const char* description_vi,
              const char* description_en, Severity severity, const Citation& citation) {
  RuleMeta m;
  m.id = id;
  m.title_vi = title_vi;
  m.title_en = title_en;
  m.description_vi = description_vi;
  m.description_en = description_en;
  m.default_severity = severity;
  m.editions.push_back({Date{}, citation, {}});
  return m;
}

/// The effective severity of an engine rule, or nullopt when a profile turned it off.
std::optional<Severity> severity_of(const Config& config, const char* id, Severity fallback) {
  const auto it = config.rules.find(id);
  if (it == config.rules.end()) return fallback;
  if (!it->second.enabled) return std::nullopt;
  return it->second.severity;
}

bool covers(const Waiver& w, const Finding& f, const Dataset& data) {
  if (f.rule_id.rfind("engine/", 0) == 0) return false;
  const std::string_view org = f.org < data.organizations.size() ? data.organizations[f.org].id : std::string_view();
  return glob_match(w.rule, f.rule_id) && glob_match(w.org, org) &&
         (w.subject.empty() || glob_match(w.subject, f.subject_id));
}

Finding root_finding(const Dataset& data, const char* rule, Severity severity) {
  Finding f;
  f.rule_id = rule;
  f.severity = severity;
  f.org = data.root;
  f.subject_kind = SubjectKind::organization;
  if (data.root < data.organizations.size()) {
    f.subject_id = data.organizations[data.root].id;
    f.subject_name = data.organizations[data.root].name;
  }
  return f;
}

/// The waiver's finding belongs to its organization when the dataset has it, else to the root.
Finding waiver_finding(const Dataset& data, const Waiver& w, const char* rule, Severity severity) {
  Finding f = root_finding(data, rule, severity);
  for (std::uint32_t o = 0; o < data.organizations.size(); ++o)
    if (data.organizations[o].id == w.org) {
      f.org = o;
      f.subject_id = data.organizations[o].id;
      f.subject_name = data.organizations[o].name;
      break;
    }
  f.discriminator = w.rule + "|" + w.org + "|" + w.subject;
  f.location = w.where();
  f.citation = kWaiverCitation;
  f.evidence = {
      {"rule", w.rule}, {"org", w.org}, {"reason", w.reason}, {"owner", w.owner}, {"expires", w.expires.iso()}};
  if (!w.subject.empty()) f.evidence.push_back({"subject", w.subject});
  return f;
}

}  // namespace

std::string signal_name(int signal) {
  const char* abbrev = ::sigabbrev_np(signal);
  return abbrev ? std::string("SIG") + abbrev : std::to_string(signal);
}

const std::vector<RuleMeta>& engine_rules() {
  static const std::vector<RuleMeta> rules = {
      meta(kCrashed, "Plugin bị dừng bất thường", "Plugin crashed",
           "Tiến trình chạy các quy tắc của một plugin bị dừng (lỗi bộ nhớ, abort, hoặc chạy quá --rule-timeout). "
           "Các phát hiện của quy tắc đang chạy và các quy tắc chưa chạy của plugin đó bị mất; các plugin khác vẫn "
           "chạy đủ. Phát hiện nêu plugin, quy tắc đang chạy và tín hiệu. Mã thoát 3.",
           "The process running one plugin's rules died (a memory error, an abort, or running past --rule-timeout). "
           "The findings of the rule running then and of the plugin's rules not yet run are lost; every other plugin "
           "ran in full. The finding names the plugin, the rule that was running and the signal. Exit code 3.",
           Severity::error, kIsolationCitation),
      meta(kExpired, "Miễn trừ đã hết hạn", "Waiver expired",
           "Một miễn trừ đã qua ngày hết hạn (expires) so với ngày tham chiếu: nó không còn miễn trừ gì, các phát hiện "
           "nó từng che lại được tính. Gia hạn (với lý do và người chịu trách nhiệm) hoặc xóa nó.",
           "A waiver is past its expiry date (expires) at the as-of date: it no longer waives anything, and the "
           "findings it covered count again. Renew it (with a reason and an owner) or remove it.",
           Severity::warning, kWaiverCitation),
      meta(kUnused, "Miễn trừ không khớp phát hiện nào", "Waiver matches nothing",
           "Một miễn trừ còn hạn nhưng không khớp phát hiện nào của lần chạy: vấn đề đã được khắc phục (hãy xóa miễn "
           "trừ), hoặc miễn trừ viết sai mã quy tắc, tổ chức hoặc đối tượng.",
           "A waiver in force matches no finding of the run: the problem was fixed (remove the waiver), or the waiver "
           "names the wrong rule, organization or subject.",
           Severity::info, kWaiverCitation),
  };
  return rules;
}

void add_crash_findings(const Dataset& data, const Config& config, RunResult& result) {
  const auto severity = severity_of(config, kCrashed, Severity::error);
  if (!severity || result.crashes.empty()) return;
  for (const PluginCrash& c : result.crashes) {
    Finding f = root_finding(data, kCrashed, *severity);
    f.discriminator = c.plugin;
    f.citation = kIsolationCitation;
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
    f.message_vi = fmt::format("Plugin {} {} {}; mất các phát hiện của: {}", c.plugin, how_vi, rule_vi, lost);
    f.message_en =
        fmt::format("The plugin {} {} {}; the findings of these rules are lost: {}", c.plugin, how_en, rule_en, lost);
    f.evidence = {{"plugin", c.plugin}, {"rule", c.rule}, {"signal", how}, {"lost_rules", lost}};
    result.findings.push_back(std::move(f));
  }
  sort_findings(data, result.findings);
}

WaiverOutcome apply_waivers(const Dataset& data, const Config& config, Date as_of, RunResult& result) {
  const auto& waivers = config.waivers;
  WaiverOutcome out;
  out.uses.assign(waivers.size(), 0);
  const auto in_force = [&](const Waiver& w) { return as_of <= w.expires; };
  for (const Finding& f : result.findings)
    for (std::size_t k = 0; k < waivers.size(); ++k)
      if (in_force(waivers[k]) && covers(waivers[k], f, data)) {
        ++out.uses[k];
        break;
      }
  const auto expired = severity_of(config, kExpired, Severity::warning);
  const auto unused = severity_of(config, kUnused, Severity::info);
  bool added = false;
  for (std::size_t k = 0; k < waivers.size(); ++k) {
    const Waiver& w = waivers[k];
    const std::string what = w.subject.empty() ? fmt::format("{} @ {}", w.rule, w.org)
                                               : fmt::format("{} @ {} / {}", w.rule, w.org, w.subject);
    if (!in_force(w) && expired) {
      Finding f = waiver_finding(data, w, kExpired, *expired);
      f.message_vi = fmt::format("Miễn trừ {} ({}) hết hạn ngày {}; người chịu trách nhiệm: {}; lý do: {}", what,
                                 w.where(), w.expires.vn(), w.owner, w.reason);
      f.message_en = fmt::format("The waiver {} ({}) expired on {}; owner: {}; reason: {}", what, w.where(),
                                 w.expires.iso(), w.owner, w.reason);
      result.findings.push_back(std::move(f));
      added = true;
    } else if (in_force(w) && out.uses[k] == 0 && unused) {
      Finding f = waiver_finding(data, w, kUnused, *unused);
      f.message_vi = fmt::format("Miễn trừ {} ({}) không khớp phát hiện nào; người chịu trách nhiệm: {}", what,
                                 w.where(), w.owner);
      f.message_en = fmt::format("The waiver {} ({}) matches no finding; owner: {}", what, w.where(), w.owner);
      result.findings.push_back(std::move(f));
      added = true;
    }
  }
  if (added) sort_findings(data, result.findings);
  out.waiver_of.assign(result.findings.size(), nullptr);
  if (waivers.empty()) return out;
  for (std::size_t i = 0; i < result.findings.size(); ++i)
    for (const Waiver& w : waivers)
      if (in_force(w) && covers(w, result.findings[i], data)) {
        out.waiver_of[i] = &w;
        break;
      }
  return out;
}

std::vector<LoadedRule> with_engine_rules(const std::vector<LoadedRule>& loaded) {
  std::vector<LoadedRule> all = loaded;
  for (const auto& m : engine_rules()) all.push_back({m, nullptr, "kiemtra"});
  std::sort(all.begin(), all.end(), [](const LoadedRule& a, const LoadedRule& b) { return a.meta.id < b.meta.id; });
  return all;
}

}  // namespace kiemtra::core
