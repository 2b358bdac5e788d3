// Reads profile files and their `extends` chain, applying each to the configuration being built.
#include "config/profile_reader.hpp"

#include <fmt/format.h>


#include "config/config_text.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core::config_detail {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kTopKeys = {"extends", "rules", "calendar", "waivers", "sql_rules"};

bool looks_like_path(const std::string& s) {
  auto ends_with = [&](std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return s.find('/') != std::string::npos || s.find('\\') != std::string::npos || ends_with(".yaml") ||
         ends_with(".yml");
}

fs::path canonical_or_absolute(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? fs::absolute(p) : c;
}

// The file's text; false (with the reason) when it cannot be read, is not a regular file (a directory,
// a FIFO, /dev/zero) or is larger than kMaxConfigBytes.
bool read_text(const fs::path& path, std::string& text, Text& reason) {
  return read_small_file(path.string(), kMaxConfigBytes, text, reason);
}

std::string searched(const std::vector<fs::path>& dirs) {
  std::vector<std::string> shown;
  for (const fs::path& d : dirs) shown.push_back(shown_path(d));
  return shown.empty() ? std::string("(no folder)") : join(shown);
}

}  // namespace

std::string shown_path(const fs::path& p) { return p.lexically_normal().generic_string(); }

fs::path resolve_profile(const std::string& name, const std::vector<fs::path>& dirs) {
  std::error_code ec;
  if (looks_like_path(name) || fs::is_regular_file(name, ec)) return name;
  for (const fs::path& dir : dirs) {
    fs::path candidate = dir / (name + ".yaml");
    if (fs::is_regular_file(candidate, ec)) return candidate;
  }
  throw UserError(
      Text{fmt::format("không tìm thấy hồ sơ cấu hình '{}'; đã tìm {}.yaml trong: {}", name, name, searched(dirs)),
           fmt::format("profile '{}' not found; searched {}.yaml in: {}", name, name, searched(dirs))});
}

void ProfileReader::apply_top(const fs::path& file) { apply_file(file, shown_path(file), nullptr); }

void ProfileReader::apply_file(const fs::path& path, const std::string& shown, const Where* named_at) {
  const fs::path canonical = canonical_or_absolute(path);
  if (applied_.count(canonical)) return;
  std::string text;
  Text reason;
  if (!read_text(path, text, reason)) {
    const Text t{fmt::format("không đọc được tệp cấu hình '{}': {}", shown, reason.vi),
                 fmt::format("cannot read the configuration file '{}': {}", shown, reason.en)};
    if (!named_at) throw UserError(t);
    problems_.add(*named_at, t.vi, t.en);
    return;
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    problems_.add(where(shown, e.mark), "lỗi cú pháp YAML: " + e.msg, "YAML syntax error: " + e.msg);
    return;
  }
  FileContext ctx{shown, mode_, problems_, state_};
  if (!root.IsNull() && !root.IsMap()) {
    problems_.add(where(shown, root), "hồ sơ cấu hình phải là một bảng (map) với các khóa extends, rules, calendar",
                  "a profile must be a map with the keys extends, rules and calendar");
    return;
  }
  check_keys(root, kTopKeys, "hồ sơ cấu hình", "a profile", ctx);

  // Base profiles first, wherever `extends` is written in the file.
  chain_.push_back(canonical);
  chain_shown_.push_back(shown);
  for (auto it = root.begin(); it != root.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == "extends") apply_extends(it->second, it->first, path, shown);
  chain_.pop_back();
  chain_shown_.pop_back();

  applied_.insert(canonical);
  state_.sources.push_back(shown);
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : "";
    if (k == "rules") apply_rules(it->second, it->first, ctx);
    if (k == "calendar") apply_calendar(it->second, it->first, ctx);
    if (k == "waivers") apply_waivers(it->second, it->first, ctx);
    // The files were loaded with the plugins (config/sql_rules.hpp); here only their shape is checked.
    if (k == "sql_rules") {
      // A copy of the node: `it->second` lives in a proxy the iterator's -> returns, gone before the loop runs.
      const YAML::Node value = it->second;
      bool ok = value.IsScalar() || value.IsSequence();
      if (value.IsSequence())
        for (const auto& e : value) ok = ok && e.IsScalar();
      if (!ok)
        problems_.add(where(shown, it->second, it->first),
                      "'sql_rules' là một đường dẫn, mẫu (glob) hoặc thư mục, hoặc danh sách của chúng",
                      "'sql_rules' is a path, a glob or a folder, or a list of them");
    }
  }
}

void ProfileReader::apply_extends(const YAML::Node& value, const YAML::Node& key, const fs::path& current,
                                  const std::string& current_shown) {
  if (value.IsNull()) return;
  if (value.IsScalar()) return apply_base(value, current, current_shown);
  if (value.IsSequence()) {
    for (const YAML::Node& item : value) apply_base(item, current, current_shown);
    return;
  }
  problems_.add(where(current_shown, value, key), "'extends' phải là tên hồ sơ, đường dẫn, hoặc danh sách của chúng",
                "'extends' must be a profile name, a path, or a list of them");
}

void ProfileReader::apply_base(const YAML::Node& item, const fs::path& current, const std::string& current_shown) {
  const Where at = where(current_shown, item);
  if (!item.IsScalar() || item.Scalar().empty()) {
    problems_.add(at, "mỗi mục của 'extends' phải là tên hồ sơ hoặc đường dẫn",
                  "each item of 'extends' must be a profile name or a path");
    return;
  }
  const std::string& name = item.Scalar();
  fs::path file;
  std::string shown;
  std::error_code ec;
  if (looks_like_path(name)) {
    // Relative to the file that names it, so a folder of profiles can move as a whole.
    const fs::path written(name);
    file = written.is_absolute() ? written : current.parent_path() / written;
    shown = written.is_absolute() ? shown_path(written) : shown_path(fs::path(current_shown).parent_path() / written);
    if (!fs::exists(file, ec)) {
      problems_.add(at, fmt::format("không tìm thấy hồ sơ gốc '{}': không có tệp '{}'", name, shown),
                    fmt::format("base profile '{}' not found: there is no file '{}'", name, shown));
      return;
    }
  } else {
    for (const fs::path& dir : dirs_) {
      if (fs::is_regular_file(dir / (name + ".yaml"), ec)) {
        file = dir / (name + ".yaml");
        shown = shown_path(file);
        break;
      }
    }
    if (file.empty()) {
      problems_.add(at,
                    fmt::format("không tìm thấy hồ sơ gốc '{}'; đã tìm {}.yaml trong: {}", name, name, searched(dirs_)),
                    fmt::format("base profile '{}' not found; searched {}.yaml in: {}", name, name, searched(dirs_)));
      return;
    }
  }
  const fs::path canonical = canonical_or_absolute(file);
  for (std::size_t i = 0; i < chain_.size(); ++i) {
    if (chain_[i] != canonical) continue;
    std::vector<std::string> cycle(chain_shown_.begin() + static_cast<std::ptrdiff_t>(i), chain_shown_.end());
    cycle.push_back(chain_shown_[i]);
    problems_.add(at, "'extends' tạo thành vòng lặp: " + join(cycle, " -> "),
                  "'extends' forms a cycle: " + join(cycle, " -> "));
    return;
  }
  apply_file(file, shown, &at);
}

}  // namespace kiemtra::core::config_detail
