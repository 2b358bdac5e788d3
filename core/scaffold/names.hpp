// Names a scaffold derives from a rule or plugin name: file names, class names, namespaces.
#pragma once

#include <string>
#include <string_view>

namespace kiemtra::core::scaffold {

/// Lowercase letters, digits and single '-' between them, starting with a letter ("cell-min-members").
bool valid_name(std::string_view name);

/// "cell-min-members" -> "cell_min_members" (file names, C++ namespaces).
std::string snake(std::string_view kebab);

/// "cell-min-members" -> "CellMinMembers".
std::string pascal(std::string_view kebab);

/// The class of rule `name`: "cell-min-members" -> "CellMinMembersRule".
inline std::string rule_class(std::string_view name) { return pascal(name) + "Rule"; }

/// The file stem of rule `name`: "cell-min-members" -> "cell_min_members_rule".
inline std::string rule_stem(std::string_view name) { return snake(name) + "_rule"; }

/// Throws UserError unless `name` is valid; `what` says which name ("plugin", "rule family", "rule").
void require_valid_name(std::string_view name, std::string_view what_vi, std::string_view what_en);

}  // namespace kiemtra::core::scaffold
