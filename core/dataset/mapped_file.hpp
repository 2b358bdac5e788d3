// The reader's input file, mapped: a FileMap that names the file in an error when it cannot be.
#pragma once

#include <string>

#include "util/file_map.hpp"

namespace kiemtra::core::dataset {

/// Maps a whole file read-only, read front to back. Pages the parser is done with can be dropped
/// (release) so a 200 MB table does not stay resident while its rows are built.
class MappedFile : public FileMap {
 public:
  /// Throws UserError (exit 2) when the file cannot be opened or mapped.
  explicit MappedFile(const std::string& path);
};

}  // namespace kiemtra::core::dataset
