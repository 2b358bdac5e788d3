// Reading waivers, from a profile's `waivers:` section or from a waivers file; every field is checked.
#include <fmt/format.h>


#include "config/config_text.hpp"
#include "config/profile_apply.hpp"
#include "config/profile_reader.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core::config_detail {
namespace {

const std::vector<std::string> kWaiverKeys = {"rule", "org", "subject", "reason", "owner", "expires"};

// The text of `key` in `entry`; adds a problem and returns "" when a required one is missing or not text.
std::string text_field(const YAML::Node& entry, const char* key, bool required, FileContext& ctx) {
  const YAML::Node v = entry[key];
  if (v.IsDefined() && v.IsScalar() && !v.Scalar().empty()) return v.Scalar();
  if (!v.IsDefined() || v.IsNull() || (v.IsScalar() && v.Scalar().empty())) {
    if (required)
      ctx.problems.add(
          where(ctx.file, entry),
          fmt::format("miễn trừ thiếu '{}': mỗi miễn trừ phải có rule, org, reason, owner và expires", key),
          fmt::format("waiver without '{}': every waiver needs rule, org, reason, owner and expires", key));
    return {};
  }
  const Shown w = shown(v);
  ctx.problems.add(where(ctx.file, v, entry),
                   fmt::format("'{}' của miễn trừ phải là một chuỗi, không phải {}", key, w.vi),
                   fmt::format("the waiver's '{}' must be text, not {}", key, w.en));
  return {};
}

void read_waiver(const YAML::Node& entry, const YAML::Node& list, FileContext& ctx) {
  if (!entry.IsMap()) {
    const Shown w = shown(entry);
    ctx.problems.add(
        where(ctx.file, entry, list),
        fmt::format("mỗi miễn trừ phải là một bảng với rule, org, reason, owner, expires; không phải {}", w.vi),
        fmt::format("each waiver must be a map with rule, org, reason, owner, expires; not {}", w.en));
    return;
  }
  check_keys(entry, kWaiverKeys, "miễn trừ", "a waiver", ctx);
  const std::size_t before = ctx.problems.list().size();
  Waiver w;
  w.file = ctx.file;
  w.line = where(ctx.file, entry).line;
  w.rule = text_field(entry, "rule", true, ctx);
  w.org = text_field(entry, "org", true, ctx);
  w.subject = text_field(entry, "subject", false, ctx);
  w.reason = text_field(entry, "reason", true, ctx);
  w.owner = text_field(entry, "owner", true, ctx);
  const std::string expires = text_field(entry, "expires", true, ctx);
  if (!expires.empty() && parse_date(expires, w.expires) != DateText::ok)
    ctx.problems.add(
        where(ctx.file, entry["expires"], entry),
        fmt::format("'expires' của miễn trừ phải là một ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy), "
                    "không phải '{}'",
                    expires),
        fmt::format("the waiver's 'expires' must be a date that exists (YYYY-MM-DD or dd/mm/yyyy), not '{}'", expires));
  if (!w.rule.empty() && ctx.mode == Mode::check && !ctx.state.ids.empty()) {
    bool any = false;
    for (const auto& id : ctx.state.ids) any = any || glob_match(w.rule, id);
    if (!any)
      ctx.problems.add(where(ctx.file, entry["rule"], entry),
                       fmt::format("miễn trừ cho '{}' không khớp quy tắc nào đã biết", w.rule),
                       fmt::format("the waiver's rule '{}' matches no known rule", w.rule));
  }
  if (ctx.problems.list().size() == before) ctx.state.waivers.push_back(std::move(w));
}

}  // namespace

void apply_waivers(const YAML::Node& list, const YAML::Node& key, FileContext& ctx) {
  if (list.IsNull()) return;
  if (!list.IsSequence()) {
    const Shown w = shown(list);
    ctx.problems.add(where(ctx.file, list, key), fmt::format("'waivers' phải là một danh sách, không phải {}", w.vi),
                     fmt::format("'waivers' must be a list, not {}", w.en));
    return;
  }
  for (const YAML::Node& entry : list) read_waiver(entry, list, ctx);
}

}  // namespace kiemtra::core::config_detail

namespace kiemtra::core {

std::vector<Waiver> load_waivers_file(const std::filesystem::path& file) {
  using namespace config_detail;
  const std::string shown = shown_path(file);
  std::string text;
  Text reason;
  if (!read_small_file(file.string(), kMaxConfigBytes, text, reason))
    throw UserError({fmt::format("không đọc được tệp miễn trừ '{}': {}", shown, reason.vi),
                     fmt::format("cannot read the waivers file '{}': {}", shown, reason.en)});
  Problems problems;
  ProfileState state;
  FileContext ctx{shown, Mode::load, problems, state};
  try {
    const YAML::Node root = YAML::Load(text);
    if (root.IsMap()) {
      check_keys(root, {"waivers"}, "tệp miễn trừ", "a waivers file", ctx);
      apply_waivers(root["waivers"], root, ctx);
    } else if (!root.IsNull()) {
      apply_waivers(root, root, ctx);
    }
  } catch (const YAML::Exception& e) {
    problems.add(where(shown, e.mark), "lỗi cú pháp YAML: " + e.msg, "YAML syntax error: " + e.msg);
  }
  if (!problems.empty()) {
    Text t;
    for (const auto& p : problems.list()) {
      t.vi += (t.vi.empty() ? "" : "\n") + p.text.vi;
      t.en += (t.en.empty() ? "" : "\n") + p.text.en;
    }
    throw UserError(t);
  }
  return state.waivers;
}

}  // namespace kiemtra::core
