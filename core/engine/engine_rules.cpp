// The engine's own rules and the findings it reports about the run itself.
#include "engine/engine_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>


namespace kiemtra::core {

namespace {

const Citation kIsolationCitation{"Quy ước vận hành kiemtra v1", "mục Cách ly plugin"};
const Citation kWaiverCitation{"Quy ước vận hành kiemtra v1", "mục Miễn trừ"};

RuleMeta meta(const char* id, const char* title_vi, const char* title_en, const char* description_vi,
              const char* description_en, Severity severity, const Citation& citation,
              std::vector<MessageSpec> messages) {
  RuleMeta m;
  m.id = id;
  m.title_vi = title_vi;
  m.title_en = title_en;
  m.description_vi = description_vi;
  m.description_en = description_en;
  m.default_severity = severity;
  m.editions.push_back({Date{}, citation, {}});
  m.messages = std::move(messages);
  return m;
}


}  // namespace

std::uint16_t engine_rule(Findings& findings, const char* id) {
  const int at = findings.rule_index(id);
  if (at >= 0) return static_cast<std::uint16_t>(at);
  for (const RuleMeta& m : engine_rules())
    if (m.id == id) return findings.add_rule({m.id, "kiemtra", &m, nullptr});
  throw std::logic_error(std::string("no engine rule ") + id);
}

namespace {

const std::vector<std::string> kWaiverArgs = {"rule", "org", "reason", "owner", "expires", "subject", "_what", "_where"};

}  // namespace

std::optional<Severity> engine_rule_severity(const Config& config, const char* id, Severity fallback) {
  const auto it = config.rules.find(id);
  if (it == config.rules.end()) return fallback;
  if (!it->second.enabled) return std::nullopt;
  return it->second.severity;
}

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
           Severity::error, kIsolationCitation,
           {{"crashed",
             {"plugin", "rule", "signal", "lost_rules", "_how", "_when"},
             "Plugin {plugin} {_how} {_when}; mất các phát hiện của: {lost_rules}",
             "The plugin {plugin} {_how} {_when}; the findings of these rules are lost: {lost_rules}"}}),
      meta(kExpired, "Miễn trừ đã hết hạn", "Waiver expired",
           "Một miễn trừ đã qua ngày hết hạn (expires) so với ngày tham chiếu: nó không còn miễn trừ gì, các phát hiện "
           "nó từng che lại được tính. Gia hạn (với lý do và người chịu trách nhiệm) hoặc xóa nó.",
           "A waiver is past its expiry date (expires) at the as-of date: it no longer waives anything, and the "
           "findings it covered count again. Renew it (with a reason and an owner) or remove it.",
           Severity::warning, kWaiverCitation,
           {{"expired", kWaiverArgs,
             "Miễn trừ {_what} ({_where}) hết hạn ngày {expires}; người chịu trách nhiệm: {owner}; lý do: {reason}",
             "The waiver {_what} ({_where}) expired on {expires}; owner: {owner}; reason: {reason}"}}),
      meta(kUnused, "Miễn trừ không khớp phát hiện nào", "Waiver matches nothing",
           "Một miễn trừ còn hạn nhưng không khớp phát hiện nào của lần chạy: vấn đề đã được khắc phục (hãy xóa miễn "
           "trừ), hoặc miễn trừ viết sai mã quy tắc, tổ chức hoặc đối tượng.",
           "A waiver in force matches no finding of the run: the problem was fixed (remove the waiver), or the waiver "
           "names the wrong rule, organization or subject.",
           Severity::info, kWaiverCitation,
           {{"unused", kWaiverArgs, "Miễn trừ {_what} ({_where}) không khớp phát hiện nào; người chịu trách nhiệm: {owner}",
             "The waiver {_what} ({_where}) matches no finding; owner: {owner}"}}),
  };
  return rules;
}

std::vector<LoadedRule> with_engine_rules(const std::vector<LoadedRule>& loaded) {
  std::vector<LoadedRule> all = loaded;
  for (const auto& m : engine_rules()) all.push_back({m, nullptr, "kiemtra"});
  std::sort(all.begin(), all.end(), [](const LoadedRule& a, const LoadedRule& b) { return a.meta.id < b.meta.id; });
  return all;
}

}  // namespace kiemtra::core
