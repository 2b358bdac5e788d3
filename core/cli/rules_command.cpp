// `kiemtra rules list` and `kiemtra rules explain ID`.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/app.hpp"
#include "config/config_text.hpp"
#include "engine/engine_rules.hpp"
#include "report/run_report.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::cli {

int run_rules_list(const CommonOptions& common) {
  PluginSet plugins = load_all_plugins(common);
  plugins.rules = with_engine_rules(plugins.rules);
  const bool en = common.lang == "en";
  std::size_t width = 2;
  for (const auto& r : plugins.rules) width = std::max(width, r.meta.id.size());
  std::cout << fmt::format("{:<{}}  {:<10}  {:<9}  {}\n", "ID", width, en ? "FAMILY" : "NHÓM", en ? "SEVERITY" : "MỨC",
                           en ? "TITLE" : "TÊN");
  for (const auto& r : plugins.rules)
    std::cout << fmt::format("{:<{}}  {:<10}  {:<9}  {}\n", r.meta.id, width, r.meta.family(),
                             severity_label(r.meta.default_severity, common.lang), en ? r.meta.title_en : r.meta.title_vi);
  return plugins.all_loaded() ? kExitOk : kExitRunError;
}

int run_rules_explain(const CommonOptions& common, const std::string& id) {
  PluginSet plugins = load_all_plugins(common);
  plugins.rules = with_engine_rules(plugins.rules);
  const bool en = common.lang == "en";
  const auto it = std::find_if(plugins.rules.begin(), plugins.rules.end(),
                               [&](const LoadedRule& r) { return r.meta.id == id; });
  if (it == plugins.rules.end()) {
    std::vector<std::string> ids;
    for (const auto& r : plugins.rules) ids.push_back(r.meta.id);
    const std::string best = closest(id, ids);
    const std::string hint_vi = best.empty() ? "" : " Có phải ý bạn là '" + best + "'?";
    const std::string hint_en = best.empty() ? "" : " Did you mean '" + best + "'?";
    throw UserError({"Không có quy tắc '" + id + "'." + hint_vi + " Xem danh sách: kiemtra rules list.",
                     "No rule '" + id + "'." + hint_en + " See the list: kiemtra rules list."});
  }
  const RuleMeta& m = it->meta;
  std::cout << fmt::format("{} — {}\n", m.id, en ? m.title_en : m.title_vi);
  std::cout << fmt::format("{}: {} · {}: {} · plugin: {}\n", en ? "Family" : "Nhóm", m.family(),
                           en ? "default severity" : "mức mặc định", severity_label(m.default_severity, common.lang),
                           it->plugin);
  if (!it->source.empty()) std::cout << (en ? "Written in SQL: " : "Viết bằng SQL: ") << it->source << "\n";
  std::cout << "\n" << (en ? m.description_en : m.description_vi) << "\n";
  if (!m.params.empty()) {
    std::cout << "\n" << (en ? "Parameters:" : "Tham số:") << "\n";
    for (const auto& p : m.params) {
      // A parameter may have no default (an optional date): say so rather than print an empty value.
      std::string value = format_param_value(p.default_value);
      if (value.empty()) value = en ? "none" : "không có";
      std::cout << fmt::format("  {} ({}, {} {}): {}\n", p.name, type_name(p.type), en ? "default" : "mặc định",
                               value, en ? p.description_en : p.description_vi);
    }
  }
  std::cout << "\n" << (en ? "Regulation (editions):" : "Căn cứ (các phiên bản):") << "\n";
  for (const auto& e : m.editions) {
    const std::string from = e.from.valid() ? (en ? "from " + e.from.iso() : "từ " + e.from.vn())
                                            : (en ? "since always" : "từ trước");
    std::cout << fmt::format("  {}: {}\n", from, e.citation.text());
    for (const auto& [k, v] : e.values) std::cout << fmt::format("      {} = {}\n", k, format_param_value(v));
  }
  return kExitOk;
}

}  // namespace kiemtra::core::cli
