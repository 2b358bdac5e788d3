// Reading and writing the files a scaffold touches, with errors a user can act on.
#pragma once

#include <filesystem>
#include <string>

namespace kiemtra::core::scaffold {

/// The whole file; throws UserError naming it when it cannot be read.
std::string read_text(const std::filesystem::path& file);

/// Writes `text` to `file`, creating its folders; throws UserError naming it on failure.
void write_text(const std::filesystem::path& file, const std::string& text);

}  // namespace kiemtra::core::scaffold
