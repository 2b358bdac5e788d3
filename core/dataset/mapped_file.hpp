// A read-only memory mapping of one input file, with pages released behind the parser.
#pragma once

#include <cstddef>
#include <string>

namespace kiemtra::core::dataset {

/// Maps a whole file read-only. Pages the parser is done with can be dropped
/// (release) so a 200 MB table does not stay resident while its rows are built.
class MappedFile {
 public:
  /// Throws UserError (exit 2) when the file cannot be opened or mapped.
  explicit MappedFile(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return data_; }
  std::size_t size() const { return size_; }
  const char* end() const { return data_ + size_; }
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

}  // namespace kiemtra::core::dataset
