// Applying the `rules:` section: on/off and severity by rule id or glob, in the order written.
#include <fmt/format.h>

#include <algorithm>

#include "config/config_text.hpp"
#include "config/param_values.hpp"
#include "config/profile_apply.hpp"

namespace kiemtra::core::config_detail {
namespace {

const std::vector<std::string> kSettingWords = {"on", "off", "true", "false", "error", "warning", "info"};
const std::vector<std::string> kSeverityWords = {"error", "warning", "info"};
const std::vector<std::string> kRuleKeys = {"enabled", "severity", "params", "editions"};

std::optional<Severity> severity_of(const YAML::Node& n) {
  if (!n.IsScalar()) return std::nullopt;
  const std::string s = ascii_lower(n.Scalar());
  if (s == "error") return Severity::error;
  if (s == "warning") return Severity::warning;
  if (s == "info") return Severity::info;
  return std::nullopt;
}

// One entry's setting, read before knowing which rules it names.
struct Setting {
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  YAML::Node enabled_node;  // locates an "off" for the integrity error
  bool has_params = false, has_editions = false;
  YAML::Node params, params_key;
  YAML::Node editions, editions_key;
};

std::optional<Setting> read_scalar_setting(const YAML::Node& key, const YAML::Node& value, const std::string& entry,
                                           FileContext& ctx) {
  Setting s;
  s.enabled_node = value;
  if (auto b = read_bool(value)) {
    s.enabled = *b;
  } else if (auto sev = severity_of(value)) {
    s.severity = *sev;
  } else {
    const Shown v = shown(value);
    const Suggestion hint = value.IsScalar() ? did_you_mean(value.Scalar(), kSettingWords) : Suggestion{};
    ctx.problems.add(where(ctx.file, value, key),
                     fmt::format("{} không phải là thiết lập hợp lệ của '{}'{}: hãy viết on, off, error, warning, "
                                 "info, hoặc một bảng với enabled, severity, params, editions",
                                 v.vi, entry, hint.vi),
                     fmt::format("{} is not a setting for '{}'{}: write on, off, error, warning, info, or a map "
                                 "with enabled, severity, params, editions",
                                 v.en, entry, hint.en));
    return std::nullopt;
  }
  return s;
}

// A map setting: each bad part is reported and the rest still applies, so that
// `check-config` reports every problem of the entry at once.
std::optional<Setting> read_setting(const YAML::Node& key, const YAML::Node& value, const std::string& entry,
                                    FileContext& ctx) {
  if (!value.IsMap()) return read_scalar_setting(key, value, entry, ctx);
  Setting s;
  check_keys(value, kRuleKeys, "thiết lập của '" + entry + "'", "the settings of '" + entry + "'", ctx);
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : "";
    const YAML::Node v = it->second;
    if (k == "enabled") {
      s.enabled = read_bool(v);
      s.enabled_node = v;
      if (!s.enabled) {
        const Shown w = shown(v, true);
        ctx.problems.add(where(ctx.file, v, it->first),
                         fmt::format("'enabled' của '{}' phải là true hoặc false, không phải {}", entry, w.vi),
                         fmt::format("'enabled' of '{}' must be true or false, not {}", entry, w.en));
      }
    } else if (k == "severity") {
      s.severity = severity_of(v);
      if (!s.severity) {
        const Shown w = shown(v);
        const Suggestion hint = v.IsScalar() ? did_you_mean(v.Scalar(), kSeverityWords) : Suggestion{};
        ctx.problems.add(
            where(ctx.file, v, it->first),
            fmt::format("'severity' của '{}' phải là error, warning hoặc info, không phải {}{}", entry, w.vi, hint.vi),
            fmt::format("'severity' of '{}' must be error, warning or info, not {}{}", entry, w.en, hint.en));
      }
    } else if (k == "params") {
      s.has_params = true;
      s.params = v;
      s.params_key = it->first;
    } else if (k == "editions") {
      s.has_editions = true;
      s.editions = v;
      s.editions_key = it->first;
    }
  }
  return s;
}

bool is_integrity(const std::string& id) { return id.rfind("integrity/", 0) == 0; }

void report_unknown(const std::string& entry, bool glob, const std::string& family, const YAML::Node& key,
                    FileContext& ctx) {
  const bool family_known = ctx.state.families.count(family) > 0;
  // Loading: a family no loaded plugin provides is skipped, so a profile written for more
  // plugins still loads; the loader has already said which plugin is missing. Unless the family is
  // a likely typo of a loaded one ("strucure/*"): then the entry would silently do nothing.
  if (ctx.mode == Mode::load && !family_known &&
      closest(family, std::vector<std::string>(ctx.state.families.begin(), ctx.state.families.end())).empty())
    return;
  std::string note_vi, note_en;
  if (!family_known && family.find('*') == std::string::npos) {
    note_vi = fmt::format("; không plugin nào đã nạp cung cấp nhóm quy tắc '{}'", family);
    note_en = fmt::format("; no loaded plugin provides the family '{}'", family);
  }
  if (glob) {
    std::vector<std::string> family_globs;
    for (const std::string& f : ctx.state.families) family_globs.push_back(f + "/*");
    const Suggestion hint = did_you_mean(entry, family_globs);
    ctx.problems.add(where(ctx.file, key), fmt::format("'{}' không khớp với quy tắc nào{}{}", entry, hint.vi, note_vi),
                     fmt::format("'{}' matches no known rule{}{}", entry, hint.en, note_en));
  } else {
    const Suggestion hint = did_you_mean(entry, ctx.state.ids);
    ctx.problems.add(where(ctx.file, key), fmt::format("không có quy tắc '{}'{}{}", entry, hint.vi, note_vi),
                     fmt::format("unknown rule '{}'{}{}", entry, hint.en, note_en));
  }
}

void report_integrity_off(const std::string& entry, const YAML::Node& at, const YAML::Node& key, FileContext& ctx) {
  const std::string example = entry.find('*') == std::string::npos ? entry : std::string("integrity/bad-value");
  ctx.problems.add(
      where(ctx.file, at, key),
      fmt::format("không thể tắt '{}': các quy tắc integrity/ luôn bật (dữ liệu phải đáng tin trước khi kiểm tra "
                  "quy tắc khác); hãy đổi mức độ (ví dụ '{}: info') hoặc dùng miễn trừ (waiver) cho những phát hiện đã "
                  "chấp nhận",
                  entry, example),
      fmt::format("'{}' cannot be turned off: the integrity/ rules are always on (the data must be trustworthy "
                  "before other rules mean anything); change the severity (e.g. '{}: info') or use a waiver for "
                  "the findings you accept",
                  entry, example));
}

void apply_entry(const YAML::Node& key, const YAML::Node& value, FileContext& ctx) {
  if (!key.IsScalar() || key.Scalar().empty()) {
    ctx.problems.add(where(ctx.file, key), "mỗi mục trong 'rules' phải là mã quy tắc hoặc mẫu có '*'",
                     "each entry of 'rules' must be a rule id or a glob with '*'");
    return;
  }
  const std::string& entry = key.Scalar();
  const bool glob = entry.find('*') != std::string::npos;
  const std::string family = entry.substr(0, entry.find('/'));
  std::optional<Setting> setting = read_setting(key, value, entry, ctx);
  if (!setting) return;
  Setting& s = *setting;

  if (glob && (s.has_params || s.has_editions)) {
    const YAML::Node& at = s.has_params ? s.params_key : s.editions_key;
    ctx.problems.add(where(ctx.file, at),
                     fmt::format("'{}' là một mẫu: với mẫu chỉ đặt được on, off hoặc mức độ, vì tham số khác nhau "
                                 "theo từng quy tắc; hãy đặt 'params'/'editions' dưới mã của từng quy tắc",
                                 entry),
                     fmt::format("'{}' is a glob: a glob can only set on, off or a severity, because parameters "
                                 "differ by rule; set 'params'/'editions' under each rule id",
                                 entry));
    s.has_params = s.has_editions = false;
  }

  std::vector<RuleState*> targets;
  for (auto& [id, rule] : ctx.state.rules)
    if (glob ? glob_match(entry, id) : id == entry) targets.push_back(&rule);

  if (s.enabled == false) {
    // Naming integrity rules to turn them off is refused; a broad glob ("*": off) turns off
    // the others and leaves them on, as the catalog says they always are. A glob counts as
    // naming them when it matches nothing else although other rules are loaded (integ*).
    auto integrity = [](const RuleState* r) { return is_integrity(r->meta->id); };
    const bool others_loaded = std::any_of(ctx.state.rules.begin(), ctx.state.rules.end(),
                                           [](const auto& kv) { return !is_integrity(kv.first); });
    const bool only_integrity = !targets.empty() && std::all_of(targets.begin(), targets.end(), integrity);
    if (family == "integrity" || (glob && only_integrity && others_loaded)) {
      report_integrity_off(entry, s.enabled_node, key, ctx);
      s.enabled.reset();
    }
  }
  if (targets.empty()) {
    report_unknown(entry, glob, family, key, ctx);
    return;
  }
  for (RuleState* r : targets) {
    if (s.enabled && (*s.enabled || !is_integrity(r->meta->id))) r->enabled = *s.enabled;
    if (s.severity) {
      r->severity = *s.severity;
      r->severity_overridden = true;
      if (!s.enabled) r->enabled = true;  // "warning" means: run it, at that severity
    }
  }
  if (!glob) {
    RuleState& rule = *targets.front();
    if (s.has_params) apply_params(rule, s.params, s.params_key, rule.params, ctx);
    if (s.has_editions) apply_editions(rule, s.editions, s.editions_key, ctx);
  }
}

}  // namespace

bool check_keys(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& where_vi,
                const std::string& where_en, FileContext& ctx) {
  bool ok = true;
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : "?";
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    const Suggestion hint = did_you_mean(k, allowed);
    ctx.problems.add(
        where(ctx.file, it->first),
        fmt::format("khóa '{}' không hợp lệ trong {}{}; các khóa được dùng: {}", k, where_vi, hint.vi, join(allowed)),
        fmt::format("unknown key '{}' in {}{}; the keys are: {}", k, where_en, hint.en, join(allowed)));
    ok = false;
  }
  return ok;
}

void apply_rules(const YAML::Node& rules, const YAML::Node& key, FileContext& ctx) {
  if (rules.IsNull()) return;
  if (!rules.IsMap()) {
    ctx.problems.add(where(ctx.file, rules, key), "'rules' phải là một bảng từ mã quy tắc (hoặc mẫu có '*') tới thiết lập",
                     "'rules' must be a map of rule ids (or globs with '*') to settings");
    return;
  }
  for (auto it = rules.begin(); it != rules.end(); ++it) apply_entry(it->first, it->second, ctx);
}

}  // namespace kiemtra::core::config_detail
