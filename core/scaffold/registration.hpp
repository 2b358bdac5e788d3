// Text edits that register a new rule: its include and entry in the registration file, its source in CMake.
#pragma once

#include <string>

namespace kiemtra::core::scaffold {

/// Adds `#include "<header>"` to the registration file's block of local includes and `kiemtra::rule<Class>()` to
/// its KIEMTRA_PLUGIN list, keeping both sorted and the file's indentation. Throws UserError (naming `file`) when
/// the file has no KIEMTRA_PLUGIN or already registers the class.
std::string register_rule(const std::string& text, const std::string& header, const std::string& class_name,
                          const std::string& file);

/// Adds `source` to the SOURCES of `kiemtra_add_plugin(<plugin> ...)`, keeping them sorted, one per line when they
/// were. Throws UserError (naming `file`) when there is no such call or the source is already listed.
std::string add_plugin_source(const std::string& text, const std::string& plugin, const std::string& source,
                              const std::string& file);

}  // namespace kiemtra::core::scaffold
