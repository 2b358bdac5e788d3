// An output that names an input (directly, through a symlink or a hard link) would replace the data with
// its own report, or the history database with JSON: refused before anything is read or run.
#include "cli/output_guard.hpp"

#include <sys/stat.h>

#include <optional>
#include <utility>

#include "util/error.hpp"

namespace kiemtra::core::cli {

namespace fs = std::filesystem;

namespace {

/// Device and inode of the file `p` names, following symlinks; nullopt when it does not exist.
std::optional<std::pair<dev_t, ino_t>> identity(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return std::nullopt;
  return std::make_pair(st.st_dev, st.st_ino);
}

/// The path with every symlink of its existing part resolved (a file not created yet keeps its name).
fs::path resolved(const fs::path& p) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return ec ? fs::absolute(p).lexically_normal() : r;
}

struct Input {
  fs::path path;  ///< as the user named it, for the message
  fs::path real;
  std::optional<std::pair<dev_t, ino_t>> id;
};

void add(std::vector<Input>& out, const fs::path& p) {
  if (p.empty()) return;
  out.push_back({p, resolved(p), identity(p)});
}

std::vector<Input> collect(const RunInputs& inputs) {
  std::vector<Input> out;
  for (const auto& f : inputs.files) add(out, f);
  std::error_code ec;
  if (!inputs.dataset.empty() && fs::is_directory(inputs.dataset, ec)) {
    add(out, inputs.dataset);
    // Every file of the dataset folder, whatever the reader makes of it: tables, manifest, notes.
    for (fs::recursive_directory_iterator it(inputs.dataset, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
      add(out, it->path());
  } else {
    add(out, inputs.dataset);
  }
  return out;
}

}  // namespace

void refuse_outputs_over_inputs(const std::vector<std::string>& outputs, const RunInputs& inputs) {
  if (outputs.empty()) return;
  const std::vector<Input> known = collect(inputs);
  for (const auto& out : outputs) {
    if (out.empty() || out == "-") continue;
    const fs::path real = resolved(out);
    const auto id = identity(out);
    for (const Input& in : known) {
      if (real != in.real && !(id && in.id && *id == *in.id)) continue;
      throw UserError({"Tệp báo cáo '" + out + "' chính là đầu vào '" + in.path.string() +
                           "' (cùng tệp, qua liên kết hoặc đường dẫn khác): ghi báo cáo sẽ xóa dữ liệu đó. "
                           "Hãy chọn tệp khác cho --output.",
                       "The report file '" + out + "' is the input '" + in.path.string() +
                           "' (the same file, through a link or another path): writing the report would destroy "
                           "it. Choose another file for --output."});
    }
  }
}

}  // namespace kiemtra::core::cli
