// Pieces of the loader shared by its source files: library listing, export checks, messages.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiemtra/rule.hpp"
#include "loader/loader.hpp"
#include "util/error.hpp"

namespace kiemtra::core::loader_detail {

namespace fs = std::filesystem;

/// The libraries one search-path entry names, or why it names none.
struct Listing {
  std::vector<fs::path> libraries;  ///< sorted by file name
  bool failed = false;              ///< the entry itself is unusable; `error` says why
  Text error;
  /// Libraries of a usable folder that are refused one by one (writable by other users), with the reason.
  std::vector<std::pair<fs::path, Text>> refused;
};

/// Why `path` (a plugin folder or library) must not be loaded from, or nullopt when it is safe: a file or folder
/// other users can write lets them put code kiemtra would run (docs/plugins.md, "Where plugins are searched").
std::optional<Text> unsafe_plugin_path(const fs::path& path, bool folder);

/// Every `*.so` directly in folder `entry` (sorted by file name), or `entry` itself when it is a file.
Listing list_libraries(const fs::path& entry);

/// What the export check found without loading the library.
enum class Exports : std::uint8_t {
  plugin,
  not_a_library,   ///< not a 64-bit ELF shared library, or one whose sections do not fit in the file
  no_descriptor,
  bad_descriptor,  ///< the descriptor symbol is not an object of the descriptor's size
};

/// Reads the exported symbols of `library` without loading it.
Exports check_exports(const fs::path& library);

/// Exported (defined, global, default-visibility) names of an ELF shared library's `.dynsym`;
/// what dlsym sees, and what check_exports reads besides `.symtab` (which `strip` removes).
std::vector<std::string> dynamic_symbols(const fs::path& library);

/// The text held by the exported object `name` (a `const char[]`) of an ELF shared library, read from the file
/// without loading it, up to its first NUL; empty when there is no such object.
std::string exported_text(const fs::path& library, std::string_view name);

/// Whether `library` was built in this build tree, with this kiemtra: it carries the tree's token
/// (plugins/builtin_token.cpp). Such a library is loaded without a trial in a child.
bool built_with_this_kiemtra(const fs::path& library);

/// Whether `library` is a 64-bit ELF shared library whose every section lies inside the file.
bool sections_fit_file(const fs::path& library);

/// Loads `libraries` in a child process, in order, through `load(i)` (their static constructors, descriptors
/// and rule factories run there), and tells `outcome(i, why)` each one's fate in order as soon as it is known:
/// `why` empty when it loaded there, else why not (a plugin that crashes or hangs while loading is refused
/// before the host loads it). One child loads them all while none fails; a new one goes on after a failure.
/// Without a process to spare, the rest are told empty (loaded as before).
void probe_in_children(const std::vector<fs::path>& libraries, const std::function<void(std::size_t)>& load,
                       const std::function<void(std::size_t, std::optional<Text>)>& outcome,
                       const TrialHooks* hooks = nullptr);

/// The metadata problems of one rule, one sentence each (empty when valid).
std::vector<Text> check_meta(const RuleMeta& meta, const std::string& plugin_ref_en, const std::string& plugin_ref_vi);

/// Whether `id` is `family/name` with both parts kebab-case (lowercase letters, digits, '-').
bool valid_rule_id(std::string_view id);

/// Joins sentences with a space, keeping each language apart.
Text join(const std::vector<Text>& sentences);

/// Capitalizes an ASCII first letter (sentences start with a reference such as "the plugin 'x'").
std::string capitalize(std::string s);

}  // namespace kiemtra::core::loader_detail
