// `kiemtra new-rule FAMILY/NAME`: a rule's files, its registration (sorted), its fixtures and its doc page.
#include "scaffold/files.hpp"
#include "scaffold/names.hpp"
#include "scaffold/registration.hpp"
#include "scaffold/rule_docs.hpp"
#include "scaffold/scaffold.hpp"
#include "scaffold/templates.hpp"
#include "util/error.hpp"

namespace kiemtra::core::scaffold {

namespace fs = std::filesystem;

PluginLayout locate_plugin(const fs::path& start, const std::string& family) {
  const std::string registration = snake(family) + "_plugin.cpp";
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(start), ec);
  if (ec) dir = fs::absolute(start);
  for (;;) {
    if (fs::is_regular_file(dir / "plugins" / family / registration, ec)) {
      const fs::path sources = dir / "plugins" / family;
      return {dir,
              sources,
              sources / registration,
              sources / "CMakeLists.txt",
              "",
              dir / "tests" / "rules" / family,
              dir / "docs" / "rules" / family};
    }
    if (fs::is_regular_file(dir / "src" / registration, ec) && fs::is_regular_file(dir / "CMakeLists.txt", ec))
      return {dir,
              dir / "src",
              dir / "src" / registration,
              dir / "CMakeLists.txt",
              "src/",
              dir / "tests" / family,
              dir / "docs" / family};
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  throw UserError(
      {"Không tìm thấy plugin '" + family + "' từ '" + start.string() + "' trở lên: cần plugins/" + family + "/" +
           registration + " (cây mã nguồn của kiemtra) hoặc src/" + registration +
           " (dự án tạo bởi kiemtra new-plugin). Chỉ thư mục bằng --source, hoặc tạo plugin bằng kiemtra new-plugin " +
           family + " THƯ_MỤC.",
       "No plugin '" + family + "' found from '" + start.string() + "' upwards: expected plugins/" + family + "/" +
           registration + " (kiemtra's source tree) or src/" + registration +
           " (a project written by kiemtra new-plugin). Give the folder with --source, or create the plugin with "
           "kiemtra new-plugin " +
           family + " DIR."});
}

std::vector<fs::path> new_rule(const fs::path& start, const std::string& family, const std::string& name,
                               Severity severity) {
  require_valid_name(family, "nhóm quy tắc", "rule family");
  require_valid_name(name, "quy tắc", "rule");
  const PluginLayout at = locate_plugin(start, family);
  const std::string id = family + "/" + name;
  const Files sources = rule_stub(family, name, severity);
  const fs::path fixtures = at.fixtures / name;
  std::error_code ec;
  for (const auto& [rel, text] : sources)
    if (fs::exists(at.sources / rel, ec))
      throw UserError({"Quy tắc " + id + " đã có: " + (at.sources / rel).string() + " đã tồn tại.",
                       "The rule " + id + " exists already: " + (at.sources / rel).string() + " is there."});
  if (fs::exists(fixtures, ec))
    throw UserError({"Quy tắc " + id + " đã có fixture: " + fixtures.string() + " đã tồn tại.",
                     "The rule " + id + " has fixtures already: " + fixtures.string() + " is there."});

  // Both edits are computed before anything is written: a file that cannot be edited leaves the tree untouched.
  const std::string header = rule_stem(name) + ".hpp";
  const std::string registration =
      register_rule(read_text(at.registration), header, rule_class(name), at.registration.string());
  const std::string cmake =
      add_plugin_source(read_text(at.cmake), family, at.source_prefix + rule_stem(name) + ".cpp", at.cmake.string());

  std::vector<fs::path> changed;
  const auto write = [&](const fs::path& file, const std::string& text) {
    write_text(file, text);
    changed.push_back(file.lexically_relative(at.root));
  };
  for (const auto& [rel, text] : sources) write(at.sources / rel, text);
  write(at.registration, registration);
  write(at.cmake, cmake);
  for (const auto& [rel, text] : fixture_stubs(family, name, severity)) write(fixtures / rel, text);
  // The page `kiemtra rules docs` gives for the stub; regenerating after filling the rule in replaces it.
  write(at.docs / (name + ".md"), rule_page({stub_meta(family, name, severity), family}, at.fixtures.parent_path()));
  return changed;
}

}  // namespace kiemtra::core::scaffold
