// Where plugins are searched, and which library files one search-path entry names.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "loader/internal.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;

std::vector<fs::path> plugin_search_path(const fs::path& exe_dir, const std::vector<fs::path>& extra_dirs) {
  std::vector<fs::path> dirs;
  std::error_code ec;
  // The build tree has the installed layout (bin/kiemtra, lib/kiemtra/plugins), so one rule serves both.
  const fs::path builtin = (exe_dir / ".." / "lib" / "kiemtra" / "plugins").lexically_normal();
  if (fs::exists(builtin, ec)) dirs.push_back(builtin);
  // Kept even when missing: the user asked for them, so load_plugins reports them.
  dirs.insert(dirs.end(), extra_dirs.begin(), extra_dirs.end());
  if (const char* env = std::getenv("KIEMTRA_PLUGIN_PATH")) {
    const std::string_view all(env);
    std::size_t start = 0;
    while (start <= all.size()) {
      const std::size_t colon = std::min(all.find(':', start), all.size());
      const std::string_view entry = all.substr(start, colon - start);
      // A stale entry in a shell profile should not fail every run.
      if (!entry.empty() && fs::exists(fs::path(entry), ec)) dirs.emplace_back(entry);
      start = colon + 1;
    }
  }
  return dirs;
}

namespace loader_detail {

Listing list_libraries(const fs::path& entry) {
  Listing out;
  std::error_code ec;
  const fs::file_status st = fs::status(entry, ec);
  if (!fs::exists(st)) {
    out.failed = true;
    out.error = {fmt::format("Không tìm thấy thư mục hoặc tệp plugin '{}': hãy kiểm tra đường dẫn đã chỉ định cho "
                             "--plugins.",
                             entry.string()),
                 fmt::format("The plugin folder or file '{}' was not found: check the path given to --plugins.",
                             entry.string())};
    return out;
  }
  if (fs::is_regular_file(st)) {
    out.libraries.push_back(entry);
    return out;
  }
  if (!fs::is_directory(st)) {
    out.failed = true;
    out.error = {fmt::format("Đường dẫn plugin '{}' không phải là thư mục cũng không phải là tệp: hãy chỉ định một "
                             "thư mục chứa plugin hoặc một tệp .so.",
                             entry.string()),
                 fmt::format("The plugin path '{}' is neither a folder nor a file: give a folder of plugins or one "
                             ".so file.",
                             entry.string())};
    return out;
  }
  fs::directory_iterator it(entry, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code file_ec;
    if (p.extension() == ".so" && fs::is_regular_file(p, file_ec)) out.libraries.push_back(p);
  }
  if (ec) {
    out.failed = true;
    out.libraries.clear();
    out.error = {fmt::format("Không đọc được thư mục plugin '{}' ({}): hãy kiểm tra quyền truy cập của nó.",
                             entry.string(), ec.message()),
                 fmt::format("The plugin folder '{}' could not be read ({}): check its permissions.", entry.string(),
                             ec.message())};
    return out;
  }
  // Directory order is arbitrary; sorting makes the load order (and duplicate handling) reproducible.
  std::sort(out.libraries.begin(), out.libraries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  return out;
}

}  // namespace loader_detail
}  // namespace kiemtra::core
