// A whole regular file mapped read-only: the CSV reader's input and the plugin files whose symbols the
// loader reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace kiemtra::core {

/// A read-only mapping of one regular file (InputFile's checks first: a FIFO or a device is refused at
/// once), unmapped when it goes. Says why it could not map rather than throwing: the reader's error names
/// the file and exits 2, the loader's answer is only "not a plugin".
class FileMap {
 public:
  FileMap() = default;
  ~FileMap();
  FileMap(const FileMap&) = delete;
  FileMap& operator=(const FileMap&) = delete;

  /// Maps `path`; false, with `reason` set, when it cannot be opened, is not a regular file or cannot be
  /// mapped. An empty file maps to no bytes.
  bool open(const std::string& path, Text& reason);

  const char* data() const { return data_; }
  std::size_t size() const { return size_; }
  const char* end() const { return data_ + size_; }
  std::string_view bytes() const { return {data_, size_}; }
  /// Tells the kernel the file is read front to back (read ahead more, drop behind sooner).
  void sequential() const;
  /// Drops the whole pages inside [from, to) from memory; reading them again faults them back in.
  void release(const char* from, const char* to) const;
  /// Maps the pages of [from, to) in one call ahead of the parser, instead of a fault every 16 pages
  /// (MADV_POPULATE_READ; nothing on a kernel without it).
  void prefetch(const char* from, const char* to) const;

 private:
  const char* data_ = "";
  std::size_t size_ = 0;
  void* map_ = nullptr;
};

}  // namespace kiemtra::core
