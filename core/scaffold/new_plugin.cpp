// Writes a new out-of-tree plugin project and generates its doc from the example rule's metadata.
#include "scaffold/files.hpp"
#include "scaffold/names.hpp"
#include "scaffold/rule_docs.hpp"
#include "scaffold/scaffold.hpp"
#include "scaffold/templates.hpp"
#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace fs = std::filesystem;

std::vector<fs::path> new_plugin(const std::string& plugin, const fs::path& dir) {
  require_valid_name(plugin, "plugin", "plugin");
  std::error_code ec;
  if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec)))
    throw UserError({"'" + dir.string() + "' đã tồn tại và không phải thư mục rỗng: chọn một thư mục mới.",
                     "'" + dir.string() + "' already exists and is not an empty folder: choose a new one."});
  std::vector<fs::path> written;
  for (const auto& [rel, text] : plugin_project(plugin)) {
    write_text(dir / rel, text);
    written.push_back(rel);
  }
  // The doc is what `kiemtra rules docs docs --rules '<plugin>/*' --fixtures tests` gives once the plugin is built.
  const std::vector<RuleDoc> rules = {{example_meta(plugin), plugin}};
  for (const auto& [rel, text] : rule_docs(rules, dir / "tests")) {
    write_text(dir / "docs" / rel, text);
    written.push_back(fs::path("docs") / rel);
  }
  return written;
}

}  // namespace kiemtra::core::scaffold
