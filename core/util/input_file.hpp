// Opening input files without hanging: only regular files, never blocking on a FIFO, small files bounded.
#pragma once

#include <cstddef>
#include <string>

#include "util/error.hpp"

namespace kiemtra::core {

/// The most kiemtra reads of a configuration file, a profile, a waivers file (docs/reliability.md):
/// real ones are a few kilobytes, so anything larger is a mistake (or /dev/zero) and is refused at once.
inline constexpr std::size_t kMaxConfigBytes = std::size_t{4} << 20;
/// The most kiemtra reads of a dataset.yaml, which may hold whole tables inline (tests, small extracts).
inline constexpr std::size_t kMaxManifestBytes = std::size_t{16} << 20;

/// Why a system call failed on a file (errno), in both languages.
Text os_reason(int err);

/// "the file is larger than N MB ...", in both languages.
Text too_large_reason(std::size_t max_bytes);

/// An open, regular input file. A FIFO is opened without waiting for a writer and then refused, as are
/// directories and devices, so naming /dev/zero or a pipe gives an error at once instead of a hang.
class InputFile {
 public:
  /// Opens `path`; false, with `reason` set, when it cannot be opened or is not a regular file.
  bool open(const std::string& path, Text& reason);
  ~InputFile();
  InputFile() = default;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  int fd() const { return fd_; }
  std::size_t size() const { return size_; }
  /// Reads the whole file into `text`; false, with `reason`, when it is larger than `max_bytes` or a read fails.
  bool read_all(std::size_t max_bytes, std::string& text, Text& reason);

 private:
  int fd_ = -1;
  std::size_t size_ = 0;
};

/// The whole text of a small regular file of at most `max_bytes`; false, with `reason`, otherwise.
bool read_small_file(const std::string& path, std::size_t max_bytes, std::string& text, Text& reason);

}  // namespace kiemtra::core
