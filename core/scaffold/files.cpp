// File access for the scaffold commands.
#include "scaffold/files.hpp"

#include <fstream>
#include <sstream>

#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw UserError({"Không đọc được tệp '" + file.string() + "'.", "Cannot read the file '" + file.string() + "'."});
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_text(const fs::path& file, const std::string& text) {
  std::error_code ec;
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (ec || !out)
    throw UserError({"Không ghi được tệp '" + file.string() + "'.", "Cannot write the file '" + file.string() + "'."});
}

}  // namespace kiemtra::core::scaffold
