// Finds and loads rule plugins through Boost.DLL, checking each descriptor first.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kiemtra/rule.hpp"
#include "util/error.hpp"

namespace kiemtra::core {

/// A rule ready to run. `rule` keeps its plugin's library loaded for as long as it lives.
struct LoadedRule {
  RuleMeta meta;
  std::shared_ptr<const Rule> rule;
  std::string plugin;  ///< the plugin's name
  std::string source;  ///< "file:line" of a rule made from configuration (an SQL rule); "" for a compiled one
};

/// Files named for plugins that make rules from configuration, by plugin name ("sql" -> the SQL rule files).
using PluginSources = std::map<std::string, std::vector<std::string>>;

/// What `kiemtra plugins` shows about one shared library found on the search path.
struct PluginInfo {
  std::filesystem::path path;
  std::string name;         ///< from the descriptor ("" when unreadable)
  std::string version;
  std::string sdk_version;  ///< "1.0.0"
  std::uint32_t abi_version = 0;
  std::string toolchain;
  bool loaded = false;
  bool tried = false;       ///< loaded on trial in a child first (every library but kiemtra's own built-in ones)
  Text error;               ///< why it was refused, when not loaded: one sentence per problem
  std::vector<std::string> rule_ids;
};

struct PluginSet {
  std::vector<PluginInfo> plugins;  ///< every library found, loaded or not, in search order
  std::vector<LoadedRule> rules;    ///< rules of the loaded plugins, in id order
  /// Problems in the files named for plugins (PluginSources), one line each starting with "file:line:col: ":
  /// the configuration is wrong, not the plugin (exit 2).
  std::vector<Text> source_problems;
  bool all_loaded() const;
};

/// The folders searched, in order: the built-in folder next to the executable
/// (<exe_dir>/../lib/kiemtra/plugins), then `extra_dirs` (--plugins), then each
/// folder of KIEMTRA_PLUGIN_PATH (':'-separated).
std::vector<std::filesystem::path> plugin_search_path(const std::filesystem::path& exe_dir,
                                                      const std::vector<std::filesystem::path>& extra_dirs);

/// What a caller that reads the dataset while the plugins load must know of the trial processes: a process must
/// not fork while other threads may hold locks its child would need (the child loads libraries).
struct TrialHooks {
  /// Called once the first trial process is forked, or when none will be: other threads may start from then.
  std::function<void()> forked_first;
  /// Called before a trial process after the first (a library killed the one before): waits for the other
  /// threads to finish.
  std::function<void()> before_refork;
};

/// Loads every shared library (*.so) in `dirs` (a path may also name one library file).
/// Never throws for a bad plugin: it is reported in PluginSet::plugins and the others load. A plugin that exports
/// `kiemtra_plugin_configure` (kiemtra/configured.hpp) is handed `sources[its name]` and adds the rules it makes.
PluginSet load_plugins(const std::vector<std::filesystem::path>& dirs, const PluginSources& sources = {},
                       const TrialHooks* hooks = nullptr);

}  // namespace kiemtra::core
