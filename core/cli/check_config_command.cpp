// `kiemtra check-config FILE`: every problem of a profile, strictly.
#include <fmt/format.h>

#include <iostream>

#include "cli/app.hpp"
#include "config/sql_rules.hpp"

namespace kiemtra::core::cli {

int run_check_config(const CommonOptions& common, const std::string& file) {
  const PluginSet plugins = load_all_plugins(common, profile_sql_rules(file, profile_search_path(exe_dir())));
  const auto problems = check_config_file(file, profile_search_path(exe_dir()), known_rules(plugins));
  for (const auto& p : problems)
    std::cout << p.text.in(common.lang) << "\n";  // the text starts with file:line:column
  if (!problems.empty()) return kExitUsage;
  std::cout << (common.lang == "en" ? fmt::format("{}: OK\n", file) : fmt::format("{}: hợp lệ\n", file));
  return plugins.all_loaded() ? kExitOk : kExitRunError;
}

}  // namespace kiemtra::core::cli
