// `kiemtra plugins`: every plugin found, with its versions and load status.
#include <fmt/format.h>

#include <iostream>

#include "cli/app.hpp"

namespace kiemtra::core::cli {

int run_plugins(const CommonOptions& common) {
  const bool en = common.lang == "en";
  const PluginSet plugins = load_all_plugins(common);
  if (plugins.plugins.empty()) {
    std::cout << (en ? "No plugin found.\n" : "Không tìm thấy plugin nào.\n");
    return kExitRunError;
  }
  for (const auto& p : plugins.plugins) {
    const std::string name = p.name.empty() ? p.path.filename().string() : p.name;
    std::cout << fmt::format("{} {}  SDK {}  ABI {}  {}\n", name, p.version.empty() ? "?" : p.version,
                             p.sdk_version.empty() ? "?" : p.sdk_version, p.abi_version,
                             p.loaded ? (en ? "loaded" : "đã nạp") : (en ? "REFUSED" : "BỊ TỪ CHỐI"));
    std::cout << fmt::format("    {}\n", p.path.string());
    if (p.loaded)
      std::cout << fmt::format("    {} {}: {}\n", p.rule_ids.size(), en ? "rules" : "quy tắc",
                               fmt::join(p.rule_ids, ", "));
    else
      std::cout << fmt::format("    {}\n", p.error.in(common.lang));
  }
  return plugins.all_loaded() ? kExitOk : kExitRunError;
}

}  // namespace kiemtra::core::cli
