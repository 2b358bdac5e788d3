// `kiemtra new-plugin` and `kiemtra new-rule`: write a plugin project, or a rule inside an existing plugin.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kiemtra/finding.hpp"

namespace kiemtra::core::scaffold {

/// Writes a buildable out-of-tree plugin project `plugin` into `dir` (missing or empty): CMakeLists.txt, src/ with
/// the registration and one example rule reading an extra column, its fixtures under tests/, its doc under docs/.
/// Returns the files written, relative to `dir`. Throws UserError for a bad name or a non-empty `dir`.
std::vector<std::filesystem::path> new_plugin(const std::string& plugin, const std::filesystem::path& dir);

/// Where a family's plugin lives, found by `locate_plugin`.
struct PluginLayout {
  std::filesystem::path root;          ///< the source tree or plugin project
  std::filesystem::path sources;       ///< where <name>_rule.{hpp,cpp} and the registration file are
  std::filesystem::path registration;  ///< <family>_plugin.cpp
  std::filesystem::path cmake;         ///< the CMakeLists.txt calling kiemtra_add_plugin(<family> ...)
  std::string source_prefix;           ///< how that CMakeLists.txt names a file of `sources` ("" or "src/")
  std::filesystem::path fixtures;      ///< tests/rules/<family> in kiemtra's tree, tests/<family> in a project
  std::filesystem::path docs;          ///< docs/rules/<family> in kiemtra's tree, docs/<family> in a project
};

/// Finds the plugin of `family` from `start` upwards: kiemtra's source tree (plugins/<family>/<family>_plugin.cpp)
/// or a project written by new_plugin (src/<family>_plugin.cpp beside CMakeLists.txt). Throws UserError when none.
PluginLayout locate_plugin(const std::filesystem::path& start, const std::string& family);

/// Adds rule `family/name` to its plugin: <name>_rule.hpp/.cpp, its line in the registration file and its source in
/// CMakeLists.txt (both kept sorted), fires-example and passes-example fixtures, and its doc page. Returns the files
/// written or changed. Throws UserError when the rule already exists or no plugin is found; nothing is written then.
std::vector<std::filesystem::path> new_rule(const std::filesystem::path& start, const std::string& family,
                                            const std::string& name, Severity severity);

/// Writes an SQL rule `family/name` into `dir` (docs/sql-rules.md): <family>/<name>.rule.yaml, a working example
/// (a cell with fewer members than a parameter says) to edit, and its fires-example and passes-example fixtures
/// under <family>/<name>/, so `kiemtra test-rules dir` passes from the start. Returns the files written. Throws
/// UserError when the rule file or its fixtures exist already; nothing is written then.
std::vector<std::filesystem::path> new_sql_rule(const std::filesystem::path& dir, const std::string& family,
                                                const std::string& name, Severity severity);

}  // namespace kiemtra::core::scaffold
