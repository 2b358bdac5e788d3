// `kiemtra rules docs OUTDIR`: one Markdown page per loaded rule and an index, from metadata and fixtures.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/app.hpp"
#include "engine/engine_rules.hpp"
#include "engine/engine.hpp"
#include "scaffold/rule_docs.hpp"
#include "util/name_match.hpp"

namespace kiemtra::core::cli {

int run_rules_docs(const CommonOptions& common, const RulesDocsOptions& options) {
  if (!options.fixtures.empty() && !std::filesystem::is_directory(options.fixtures))
    throw UserError({"Không tìm thấy thư mục fixture '" + options.fixtures + "'.",
                     "No such fixtures folder: '" + options.fixtures + "'."});
  const PluginSet plugins = load_all_plugins(common);
  for (const auto& p : plugins.plugins)
    if (!p.loaded) std::cerr << "kiemtra: " << p.error.in(common.lang) << "\n";
  // The engine's own rules can be turned off and re-graded in profiles like any other: document them too.
  const std::vector<LoadedRule> all = with_engine_rules(plugins.rules);
  std::vector<scaffold::RuleDoc> rules;
  for (const auto& r : all) {
    const bool wanted =
        options.rules.empty() || std::any_of(options.rules.begin(), options.rules.end(),
                                             [&](const std::string& g) { return glob_match(g, r.meta.id); });
    if (wanted) rules.push_back({r.meta, r.plugin});
  }
  if (rules.empty())
    throw UserError({"Không có quy tắc nào để viết tài liệu (xem kiemtra rules list).",
                     "No rule to document (see kiemtra rules list)."});
  const auto done = scaffold::write_docs(options.outdir, scaffold::rule_docs(rules, options.fixtures));
  const bool en = common.lang == "en";
  if (en)
    std::cout << fmt::format("{} rules documented in {}: {} pages written, {} unchanged, {} removed.\n", rules.size(),
                             options.outdir, done.written, done.unchanged, done.removed.size());
  else
    std::cout << fmt::format("Đã viết tài liệu cho {} quy tắc trong {}: ghi {} trang, {} trang không đổi, xóa {}.\n",
                             rules.size(), options.outdir, done.written, done.unchanged, done.removed.size());
  for (const auto& f : done.removed) std::cout << (en ? "  removed " : "  đã xóa ") << f.string() << "\n";
  return plugins.all_loaded() ? kExitOk : kExitRunError;
}

}  // namespace kiemtra::core::cli
