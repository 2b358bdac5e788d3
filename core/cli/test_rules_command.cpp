// `kiemtra test-rules DIR`: runs rule fixtures and shows expected vs actual findings.
#include <fmt/format.h>

#include <iostream>

#include "cli/app.hpp"
#include "config/sql_rules.hpp"
#include "harness/fixture.hpp"

namespace kiemtra::core::cli {

int run_test_rules(const CommonOptions& common, const std::string& dir) {
  if (!std::filesystem::exists(dir))
    throw UserError({"Không tìm thấy thư mục '" + dir + "'.", "No such folder: '" + dir + "'."});
  // SQL rules kept beside their fixtures are loaded with them (as --sql-rules DIR would).
  const PluginSet plugins = load_all_plugins(common, expand_rule_path(dir, std::filesystem::current_path()));
  const auto fixtures = find_fixtures(dir);
  if (fixtures.empty())
    throw UserError({"Không có fixture nào (thư mục chứa expected.yaml) trong '" + dir + "'.",
                     "No fixture (a folder holding expected.yaml) under '" + dir + "'."});
  std::size_t passed = 0, failed = 0;
  for (const auto& f : fixtures) {
    const auto result = run_fixture(f, plugins.rules, profile_search_path(exe_dir()));
    std::cout << describe(result);
    result.passed() ? ++passed : ++failed;
  }
  for (const auto& p : plugins.plugins)
    if (!p.loaded) std::cerr << "kiemtra: " << p.error.in(common.lang) << "\n";
  std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  return failed ? kExitFindings : kExitOk;
}

}  // namespace kiemtra::core::cli
