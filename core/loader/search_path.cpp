// Where plugins are searched, and which library files one search-path entry names.
#include <fmt/format.h>

#include <pwd.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "loader/internal.hpp"
#include "loader/loader.hpp"
#include "util/input_file.hpp"

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
      // A stale entry in a shell profile should not fail every run. A relative entry (and an empty one, which
      // PATH reads as ".") would search the current directory, which may be the dataset's: never searched.
      if (!entry.empty() && fs::path(entry).is_absolute() && fs::exists(fs::path(entry), ec)) dirs.emplace_back(entry);
      start = colon + 1;
    }
  }
  return dirs;
}

namespace loader_detail {

std::optional<Text> unsafe_plugin_path(const fs::path& path, bool folder) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;  // what cannot be read is reported when loading it
  // Writable by others: by every user, or by a group other than the owner's own (Debian gives each user a
  // group of their own, so a group-writable file of that group is still the owner's alone). A sticky folder
  // (/tmp) does not help: others cannot replace a file there, but they can add one.
  bool others = (st.st_mode & S_IWOTH) != 0;
  if (!others && (st.st_mode & S_IWGRP) != 0) {
    const struct passwd* owner = ::getpwuid(st.st_uid);
    others = owner == nullptr || owner->pw_gid != st.st_gid;
  }
  if (!others) return std::nullopt;
  const std::string shown = path.string();
  const unsigned mode = static_cast<unsigned>(st.st_mode & 07777);
  if (folder)
    return Text{fmt::format("Thư mục plugin '{}' cho phép người dùng khác ghi vào (quyền {:04o}): ai cũng có thể đặt "
                            "vào đó một thư viện mà kiemtra sẽ chạy, nên kiemtra không nạp plugin từ thư mục này. Hãy "
                            "bỏ quyền ghi của người khác: chmod go-w '{}'.",
                            shown, mode, shown),
                fmt::format("The plugin folder '{}' is writable by other users (mode {:04o}): anyone could put a "
                            "library there for kiemtra to run, so kiemtra loads no plugin from it. Remove the write "
                            "permission of others: chmod go-w '{}'.",
                            shown, mode, shown)};
  return Text{fmt::format("Tệp plugin '{}' cho phép người dùng khác ghi vào (quyền {:04o}): ai cũng có thể thay mã "
                          "của nó, nên kiemtra không nạp tệp này. Hãy bỏ quyền ghi của người khác: chmod go-w '{}'.",
                          shown, mode, shown),
              fmt::format("The plugin file '{}' is writable by other users (mode {:04o}): anyone could replace its "
                          "code, so kiemtra does not load it. Remove the write permission of others: chmod go-w '{}'.",
                          shown, mode, shown)};
}

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
    // The folder holding a library named directly counts too: whoever can write it can swap the file.
    const fs::path folder = entry.has_parent_path() ? entry.parent_path() : fs::path(".");
    std::optional<Text> unsafe = unsafe_plugin_path(entry, false);
    if (!unsafe) unsafe = unsafe_plugin_path(folder, true);
    if (unsafe) {
      out.failed = true;
      out.error = std::move(*unsafe);
      return out;
    }
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
  if (auto unsafe = unsafe_plugin_path(entry, true)) {
    out.failed = true;
    out.error = std::move(*unsafe);
    return out;
  }
  fs::directory_iterator it(entry, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code file_ec;
    if (p.extension() != ".so" || !fs::is_regular_file(p, file_ec)) continue;
    if (auto unsafe = unsafe_plugin_path(p, false))
      out.refused.emplace_back(p, std::move(*unsafe));
    else
      out.libraries.push_back(p);
  }
  if (ec) {
    out.failed = true;
    out.libraries.clear();
    const Text why = os_reason(ec.value());  // the system's reason in each language, not English in both
    out.error = {fmt::format("Không đọc được thư mục plugin '{}' ({}): hãy kiểm tra quyền truy cập của nó.",
                             entry.string(), why.vi),
                 fmt::format("The plugin folder '{}' could not be read ({}): check its permissions.", entry.string(),
                             why.en)};
    return out;
  }
  // Directory order is arbitrary; sorting makes the load order (and duplicate handling) reproducible.
  std::sort(out.libraries.begin(), out.libraries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  return out;
}

}  // namespace loader_detail
}  // namespace kiemtra::core
