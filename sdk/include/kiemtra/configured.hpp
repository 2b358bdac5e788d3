// Rules a plugin makes at load time from files the user names (a profile's `sql_rules:`, `--sql-rules`), rather
// than from compiled classes. Optional: a plugin without the alias below is loaded as before. Nothing here
// changes the layout of a type an existing plugin uses, so the ABI number stays.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <boost/dll/alias.hpp>

#include "kiemtra/plugin.hpp"
#include "kiemtra/rule.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

/// A problem in a file the user wrote, where it is and what it is in both languages.
struct SourceProblem {
  std::string file;
  std::uint32_t line = 0;    ///< 1-based; 0 when it is about the whole file
  std::uint32_t column = 0;  ///< 1-based, in characters; 0 when unknown
  std::string vi;
  std::string en;
};

/// A rule made from a file: its metadata, the rule, and where it is written.
struct ConfiguredRule {
  RuleMeta meta;
  std::unique_ptr<Rule> rule;  ///< the core takes it over, keeping the plugin loaded while it lives
  std::string file;
  std::uint32_t line = 0;
};

/// What a plugin made of the files: the rules, and every problem (any problem refuses the configuration).
struct ConfiguredRules {
  std::vector<ConfiguredRule> rules;
  std::vector<SourceProblem> problems;
};

/// Signature of the function a plugin exports under the alias `kiemtra_plugin_configure`: the files named for
/// this plugin (paths, globs already expanded; possibly none) in, rules and problems out.
using PluginConfigureFn = ConfiguredRules(const std::vector<std::string>& files);

KIEMTRA_NAMESPACE_END

/// Declares a plugin whose rules all come from configuration: its name, version and configure function.
#define KIEMTRA_CONFIGURED_PLUGIN(NAME, VERSION, CONFIGURE)                                                       \
  extern "C" KIEMTRA_EXPORT const KiemtraPluginDescriptor kiemtra_plugin_descriptor = {                           \
      KIEMTRA_ABI_VERSION, KIEMTRA_SDK_VERSION_MAJOR, KIEMTRA_SDK_VERSION_MINOR, KIEMTRA_SDK_VERSION_PATCH,         \
      KIEMTRA_TOOLCHAIN_TAG, NAME, VERSION};                                                                       \
  namespace kiemtra_plugin_registration {                                                                          \
  std::span<const ::kiemtra::RuleEntry> rules() { return {}; }                                                     \
  ::kiemtra::ConfiguredRules configure(const std::vector<std::string>& files) { return CONFIGURE(files); }        \
  }                                                                                                                \
  BOOST_DLL_ALIAS(kiemtra_plugin_registration::rules, kiemtra_plugin_rules)                                        \
  BOOST_DLL_ALIAS(kiemtra_plugin_registration::configure, kiemtra_plugin_configure)
