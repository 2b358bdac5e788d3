// `sql_rules:` of a profile: the files of rules written in SQL (plugins/sql) it loads, found before plugins
// are loaded, since the rules they describe must exist before the profile's `rules:` can name them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiemtra::core {

/// The SQL rule files a profile names (`sql_rules:` of it and of the profiles it extends, bases first), each
/// a path, a glob or a folder (every *.rule.yaml under it) relative to the profile's folder. Throws UserError
/// at file:line:col for an entry that names no file.
std::vector<std::string> profile_sql_rules(const std::filesystem::path& profile,
                                           const std::vector<std::filesystem::path>& profile_dirs);

/// Expands one entry (path, glob or folder) relative to `base`; empty when it names no file.
std::vector<std::string> expand_rule_path(const std::string& entry, const std::filesystem::path& base);

}  // namespace kiemtra::core
