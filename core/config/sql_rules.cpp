// Expanding `sql_rules:` and `--sql-rules` entries into files: glob(3) for patterns, a folder's *.rule.yaml.
#include "config/sql_rules.hpp"

#include <fmt/format.h>
#include <glob.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "config/profile_reader.hpp"
#include "util/error.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;

namespace {

void collect(const fs::path& file, const std::vector<fs::path>& dirs, std::set<fs::path>& seen,
             std::vector<std::string>& out) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(file, ec);
  if (!seen.insert(ec ? file : canonical).second) return;
  // Read as the profile reader reads it (a FIFO, a device or a huge file is refused, never waited on); what is
  // wrong with the file is the profile reader's to report, with its place.
  std::string text;
  Text reason;
  if (!read_small_file(file.string(), kMaxConfigBytes, text, reason)) return;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception&) {
    return;
  }
  if (!root.IsMap()) return;
  if (const YAML::Node ext = root["extends"]) {
    std::vector<std::string> bases;
    if (ext.IsScalar()) bases.push_back(ext.Scalar());
    if (ext.IsSequence())
      for (const auto& b : ext)
        if (b.IsScalar()) bases.push_back(b.Scalar());
    for (const auto& b : bases) {
      // A base named by a path is relative to the profile that names it, as the profile reader resolves it.
      fs::path base = b;
      if (base.is_relative() && fs::exists(file.parent_path() / base, ec)) base = file.parent_path() / base;
      try {
        collect(config_detail::resolve_profile(base.string(), dirs), dirs, seen, out);
      } catch (const UserError&) {
        // reported by the profile reader
      }
    }
  }
  const YAML::Node entries = root["sql_rules"];
  if (!entries) return;
  std::vector<YAML::Node> items;
  if (entries.IsScalar()) items.push_back(entries);
  if (entries.IsSequence())
    for (const auto& e : entries) items.push_back(e);
  for (const auto& e : items) {
    if (!e.IsScalar()) continue;  // the profile reader says what is wrong with it
    const auto files = expand_rule_path(e.Scalar(), file.parent_path());
    if (files.empty())
      throw UserError({fmt::format("{}:{}:{}: sql_rules: '{}' không chỉ tới tệp nào (đường dẫn tính từ thư mục của hồ "
                                   "sơ).",
                                   file.string(), e.Mark().line + 1, e.Mark().column + 1, e.Scalar()),
                       fmt::format("{}:{}:{}: sql_rules: '{}' names no file (paths are relative to the profile's "
                                   "folder).",
                                   file.string(), e.Mark().line + 1, e.Mark().column + 1, e.Scalar())});
    out.insert(out.end(), files.begin(), files.end());
  }
}

}  // namespace

std::vector<std::string> expand_rule_path(const std::string& entry, const fs::path& base) {
  std::vector<std::string> out;
  const fs::path p = fs::path(entry).is_absolute() ? fs::path(entry) : base / entry;
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file() && it->path().filename().string().ends_with(".rule.yaml"))
        out.push_back(it->path().lexically_normal().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  // Regular files only: a FIFO or a device named as a rule file would be waited on, not read.
  glob_t g{};
  if (::glob(p.string().c_str(), 0, nullptr, &g) == 0)
    for (std::size_t i = 0; i < g.gl_pathc; ++i)
      if (fs::is_regular_file(g.gl_pathv[i], ec)) out.push_back(fs::path(g.gl_pathv[i]).lexically_normal().string());
  ::globfree(&g);
  return out;  // glob sorts
}

std::vector<std::string> profile_sql_rules(const fs::path& profile, const std::vector<fs::path>& dirs) {
  std::vector<std::string> out;
  std::set<fs::path> seen;
  collect(profile, dirs, seen, out);
  return out;
}

}  // namespace kiemtra::core
