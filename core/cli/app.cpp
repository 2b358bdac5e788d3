// Shared plumbing of the commands: where the executable is, plugins, profiles, dates.
#include "cli/app.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>

#include "config/profile_reader.hpp"
#include "config/sql_rules.hpp"
#include "engine/engine_rules.hpp"

namespace kiemtra::core::cli {

namespace fs = std::filesystem;

int default_jobs() {
  // hardware_concurrency may say 0 when it cannot tell; a run needs at least one thread, and more than the
  // --jobs maximum would only queue.
  return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 256u));
}

fs::path exe_dir() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : self.parent_path();
}

PluginSet load_all_plugins(const CommonOptions& common, const std::vector<std::string>& more_sql_rules,
                           const TrialHooks* hooks) {
  std::vector<fs::path> extra(common.plugin_dirs.begin(), common.plugin_dirs.end());
  std::vector<std::string> files = more_sql_rules;
  for (const auto& entry : common.sql_rules) {
    const auto found = expand_rule_path(entry, fs::current_path());
    if (found.empty())
      throw UserError({"--sql-rules '" + entry + "' không chỉ tới tệp nào.", "--sql-rules '" + entry + "' names no file."});
    files.insert(files.end(), found.begin(), found.end());
  }
  // A file named twice (by the profile and on the command line) is read once.
  std::vector<std::string> unique;
  for (const auto& f : files)
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
  PluginSources sources;
  if (!unique.empty()) sources["sql"] = unique;
  PluginSet set = load_plugins(plugin_search_path(exe_dir(), extra), sources, hooks);
  if (!unique.empty() && std::none_of(set.plugins.begin(), set.plugins.end(),
                                      [](const PluginInfo& p) { return p.loaded && p.name == "sql"; }))
    throw UserError({"Có tệp quy tắc SQL nhưng plugin sql không được nạp (xem `kiemtra plugins`).",
                     "SQL rule files are named, but the sql plugin is not loaded (see `kiemtra plugins`)."});
  if (!set.source_problems.empty()) {
    Text all;
    for (const auto& p : set.source_problems) {
      all.vi += (all.vi.empty() ? "" : "\n") + p.vi;
      all.en += (all.en.empty() ? "" : "\n") + p.en;
    }
    throw UserError(all);
  }
  return set;
}

fs::path chosen_profile(const std::string& profile, const std::string& config_file) {
  if (!config_file.empty()) return config_file;
  const auto dirs = profile_search_path(exe_dir());
  if (!profile.empty()) return config_detail::resolve_profile(profile, dirs);
  for (const auto& d : dirs)
    if (fs::exists(d / "default.yaml")) return d / "default.yaml";
  return {};
}

std::vector<RuleMeta> known_rules(const PluginSet& plugins) {
  std::vector<RuleMeta> known;
  known.reserve(plugins.rules.size());
  for (const auto& r : plugins.rules) known.push_back(r.meta);
  // The engine's own rules: a profile may turn them off or change their severity.
  for (const auto& m : engine_rules()) known.push_back(m);
  return known;
}

Config choose_config(const std::string& profile, const std::string& config_file, const PluginSet& plugins) {
  const auto known = known_rules(plugins);
  const auto dirs = profile_search_path(exe_dir());
  if (!profile.empty() && !config_file.empty())
    throw UserError({"Chỉ dùng một trong hai: --profile hoặc --config.", "Use either --profile or --config, not both."});
  // With every plugin loaded, what check-config refuses is refused here too (issue 20: `congres/*: off` or a
  // waiver for no rule must not pass silently). A plugin that did not load may own an unknown family: the run
  // says so and exits 3, and its entries are skipped.
  const bool strict = plugins.all_loaded();
  if (!config_file.empty()) return load_config_file(config_file, dirs, known, strict);
  if (!profile.empty()) return load_profile(profile, dirs, known, strict);
  for (const auto& d : dirs)
    if (fs::exists(d / "default.yaml")) return load_profile("default", dirs, known, strict);
  return default_config(known);
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

Date parse_cli_date(const std::string& text, const std::string& option) {
  const Date date = Date::parse(text);
  if (!date.valid())
    throw UserError({"Giá trị của " + option + " không phải là ngày hợp lệ: '" + text +
                         "' (dùng 2019-09-30 hoặc 30/09/2019).",
                     option + " is not a valid date: '" + text + "' (use 2019-09-30 or 30/09/2019)."});
  return date;
}

}  // namespace kiemtra::core::cli
